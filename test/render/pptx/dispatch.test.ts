// The dispatch table is exhaustive by type: a primitive type without a
// renderer does not compile (checked by `npm run typecheck`, which covers test/).
import { describe, expect, it } from "vitest";
import type { PrimitiveRenderers } from "../../../src/render/pptx/dispatch.js";

const noop = () => {};

describe("dispatch table", () => {
  it("requires a renderer for every primitive type", () => {
    // @ts-expect-error `chart` is missing, so this must not type-check.
    const incomplete: PrimitiveRenderers = { text: noop, rect: noop, ellipse: noop, polygon: noop, line: noop, image: noop, table: noop };
    const complete: PrimitiveRenderers = { ...incomplete, chart: noop };
    expect(Object.keys(complete).sort()).toEqual(["chart", "ellipse", "image", "line", "polygon", "rect", "table", "text"]);
  });
});
