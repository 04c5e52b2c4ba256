// The JSZip hook that hands over pptxgenjs's parts leaves every other use of JSZip alone.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";

describe("JSZip after rendering", () => {
  it("still generates ordinary zips, progress callback included", async () => {
    await renderPptx(showcaseLayout());
    const zip = new JSZip();
    zip.file("a.txt", "hello");
    let updates = 0;
    const bytes = await zip.generateAsync({ type: "uint8array" }, () => updates++);
    expect(updates).toBeGreaterThan(0);
    const back = await JSZip.loadAsync(bytes);
    expect(await back.file("a.txt")!.async("string")).toBe("hello");
  });
});
