// The renderer fails with a typed error the CLI can report, never a raw crash.
import { describe, expect, it } from "vitest";
import { PptxRenderError } from "../../../src/render/pptx/errors.js";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";

describe("render errors", () => {
  it("rejects with PptxRenderError naming an unreadable image", async () => {
    const layout = showcaseLayout();
    const missing = "/nonexistent/kamdeck/logo.png";
    layout.slides[0].primitives.push({ type: "image", x: 1, y: 1, w: 1, h: 1, path: missing, mime: "image/png" });
    const error = await renderPptx(layout).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PptxRenderError);
    expect((error as Error).message).toContain(missing);
  });
});
