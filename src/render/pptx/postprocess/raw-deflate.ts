// Raw deflate (no zlib header, as ZIP entries are) through the kept engine
// shared with the PDF backend (src/render/kept-deflate.ts, which says why an
// engine is reused only for inputs at least as long as every earlier one).
// writeZip deflates a package's parts shortest first, so nearly every part
// takes the kept engine.
import { keptDeflate } from "../../kept-deflate.js";

/** zlib.deflateRawSync(input, { level }), the same bytes. */
export function deflateRawWhole(input: Uint8Array, level: number): Buffer {
  return keptDeflate("raw", input, level);
}
