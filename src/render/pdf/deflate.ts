// zlib deflate of a whole stream (a page's contents, a ToUnicode map, a font
// program) through the kept engine shared with the PPTX backend
// (src/render/kept-deflate.ts): a deck deflates ~35 streams, and a new zlib
// engine for each (a Transform stream and ~270 KiB of native state for a few
// KiB of input) was a sixth of the deflate time. The engine is reused only for
// a stream at least as long as every earlier one, which is what keeps the bytes
// those of deflateSync whatever was deflated before (see that module).
import { keptDeflate } from "../kept-deflate.js";

/** zlib.deflateSync(input, { level }), the same bytes. */
export function deflateWhole(input: Uint8Array, level: number): Uint8Array {
  return keptDeflate("zlib", input, level);
}
