// Raw deflate (no zlib header, as ZIP entries are) of a whole buffer through one
// kept engine per level, reset between parts, instead of zlib.deflateRawSync's
// new engine per call: each deflateRawSync builds a Transform stream and a
// native zlib state (~270 KiB) for a few KiB of input, ~20 us a part.
//
// deflateReset does NOT give back what deflateInit gave. zlib zeroes the window
// just past the data it has read only up to a high-water mark it never resets,
// and Node's zlib (Chromium's) hashes 4 bytes at a time, so near the end of a
// part the hash reads a few bytes past the input: with a fresh engine they are
// zeros, with a reset one they are what an earlier, longer part left there, and
// a match found or missed there changes the bytes (1 part in ~100 in a test of
// random XML-like parts). An engine is therefore only reused for a part at least
// as long as every part it deflated before (then everything past the input is
// the zeros a fresh engine would have), and only for parts short enough never to
// slide the window; otherwise a fresh engine replaces it. writeZip deflates a
// package's parts shortest first, so nearly every part takes the kept engine.
// Uses Node's zlib handle (writeSync / reset, as deflateRawSync itself does);
// anything unexpected goes back to deflateRawSync.
import zlib, { deflateRawSync } from "node:zlib";

interface EngineInternals {
  _handle?: {
    writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
    reset(): void;
  } | null;
  /** [avail_out, avail_in] after each writeSync. */
  _writeState?: Uint32Array;
  close?(): void;
}

interface Kept {
  engine: EngineInternals;
  /** The longest input this engine has deflated: only inputs at least this long may reuse it. */
  extent: number;
}

/** Parts longer than this go to deflateRawSync: far below the 64 KiB window, which never slides for them. */
const MAX_KEPT_INPUT = 32 * 1024;

/** Output chunk size: a slide's XML deflates to a few KiB, the largest parts to a few tens. */
const CHUNK = 64 * 1024;
/** Where each call's output lands before it is copied out at its size. */
let scratch: Buffer | undefined;

/** One engine per zlib level (~270 KiB of native memory each; the package uses level 6, the stored workbooks level 0), replaced when it cannot serve. */
const engines = new Map<number, Kept>();
const broken = new Set<number>();

function engineFor(level: number, length: number): EngineInternals | undefined {
  if (broken.has(level) || length > MAX_KEPT_INPUT) return undefined;
  const kept = engines.get(level);
  if (kept && kept.extent <= length) {
    kept.extent = length;
    return kept.engine;
  }
  // A shorter input than this engine has seen: a fresh engine, as deflateRawSync would use.
  kept?.engine.close?.();
  engines.delete(level);
  const stream = zlib.createDeflateRaw({ level });
  // An engine that reports an error is never used again.
  stream.on("error", () => {
    broken.add(level);
    engines.delete(level);
  });
  const engine = stream as unknown as EngineInternals;
  if (typeof engine._handle?.writeSync !== "function" || typeof engine._handle.reset !== "function" || !(engine._writeState instanceof Uint32Array)) {
    broken.add(level);
    return undefined;
  }
  engines.set(level, { engine, extent: length });
  return engine;
}

/** zlib.deflateRawSync(input, { level }), the same bytes. */
export function deflateRawWhole(input: Uint8Array, level: number): Buffer {
  const engine = engineFor(level, input.length);
  const handle = engine?._handle;
  const state = engine?._writeState;
  if (!handle || !state) return deflateRawSync(input, { level });
  const chunks: Buffer[] = [];
  let total = 0;
  let inOff = 0;
  let inLen = input.length;
  const out = (scratch ??= Buffer.allocUnsafe(CHUNK));
  for (;;) {
    handle.writeSync(zlib.constants.Z_FINISH, input, inOff, inLen, out, 0, CHUNK);
    const [availOut, availIn] = state;
    const have = CHUNK - availOut;
    if (have > 0) {
      chunks.push(Buffer.from(out.subarray(0, have)));
      total += have;
    }
    inOff += inLen - availIn;
    inLen = availIn;
    // Output space left over: the stream is finished.
    if (availOut !== 0) break;
  }
  handle.reset();
  if (broken.has(level)) return deflateRawSync(input, { level });
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
