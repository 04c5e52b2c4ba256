// Deflate of a whole buffer through one kept zlib engine per format and level,
// reset between inputs, instead of a new engine per call: zlib.deflateSync and
// deflateRawSync each build a Transform stream and a native zlib state
// (~270 KiB, initialised) for a few KiB of input, ~20 us a call. Both backends
// use it: the PDF for its streams (zlib format), the PPTX for its ZIP entries
// (raw).
//
// deflateReset does NOT give back what deflateInit gave. zlib zeroes the window
// just past the data it has read only up to a high-water mark it never resets,
// and Node's zlib (Chromium's) hashes 4 bytes at a time, so near the end of an
// input the hash reads a few bytes past it: with a fresh engine they are zeros,
// with a reset one they are what an earlier, longer input left there, and a
// match found or missed there changes the bytes (about 1 input in 100 in a test
// of XML-like inputs of mixed sizes, in both formats). So an engine is reused
// only for an input at least as long as every input it deflated before;
// otherwise a fresh engine replaces it. Then nothing an earlier input left is
// ever read: an input under 64 KiB (the window) is read whole into the start
// of the window, over everything shorter inputs wrote, and past it lie the
// zeros a fresh engine has; an input of 64 KiB or more fills the whole window
// on its first read, so the window only ever holds its own bytes, also once it
// slides. (Until 2026-11 inputs over 32 KiB, where the window can slide, were
// left to the Sync functions out of caution: a fresh engine per large slide,
// ~45 us each. A stress run of ~65,000 deflates, sizes 0 to 300 KiB around the
// window's edges, levels 1, 6 and 9, found no difference; the same run without
// the length rule finds 13 to 26.) Level 0 is the exception: stored blocks
// are cut by the output space each call gets, and ours (64 KiB) is not the
// Sync functions' (16 KiB), so at level 0 only inputs up to 32 KiB, whose
// output fits one chunk either way as far as the tests show, use an engine.
// The bytes are then always those of deflateSync / deflateRawSync, whatever
// was deflated before: a plan gives the same bytes alone or in a batch.
// Uses Node's zlib handle (writeSync / reset, as the Sync functions do
// themselves); anything unexpected goes back to them.
import zlib, { deflateRawSync, deflateSync } from "node:zlib";

export type DeflateFormat = "zlib" | "raw";

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

/** Level 0 (stored blocks, cut by the output space): longer inputs get the Sync functions. */
const MAX_STORED_INPUT = 32 * 1024;
/** Output chunk size: most inputs deflate to a few KiB. */
const CHUNK = 64 * 1024;
/** Where each call's output lands before it is copied out at its size. */
let scratch: Buffer | undefined;

/** One engine per format and level (~270 KiB of native memory each), replaced when it cannot serve. */
const engines = new Map<string, Kept>();
const broken = new Set<string>();

function syncDeflate(format: DeflateFormat, input: Uint8Array, level: number): Buffer {
  return format === "raw" ? deflateRawSync(input, { level }) : deflateSync(input, { level });
}

function engineFor(format: DeflateFormat, level: number, length: number): EngineInternals | undefined {
  const key = `${format}/${level}`;
  if (broken.has(key) || (level === 0 && length > MAX_STORED_INPUT)) return undefined;
  const kept = engines.get(key);
  if (kept && kept.extent <= length) {
    kept.extent = length;
    return kept.engine;
  }
  // A shorter input than this engine has seen: a fresh engine, as the Sync functions would use.
  kept?.engine.close?.();
  engines.delete(key);
  // Each write is given our own output buffer: the stream's own (chunkSize, 16 KiB
  // by default, one per fresh engine) would never be used.
  const options = { level, chunkSize: zlib.constants.Z_MIN_CHUNK };
  const stream = format === "raw" ? zlib.createDeflateRaw(options) : zlib.createDeflate(options);
  // An engine that reports an error is never used again.
  stream.on("error", () => {
    broken.add(key);
    engines.delete(key);
  });
  const engine = stream as unknown as EngineInternals;
  if (typeof engine._handle?.writeSync !== "function" || typeof engine._handle.reset !== "function" || !(engine._writeState instanceof Uint32Array)) {
    broken.add(key);
    return undefined;
  }
  engines.set(key, { engine, extent: length });
  return engine;
}

/** deflateSync (format "zlib") or deflateRawSync (format "raw") of `input` at `level`: the same bytes. */
export function keptDeflate(format: DeflateFormat, input: Uint8Array, level: number): Buffer {
  const engine = engineFor(format, level, input.length);
  const handle = engine?._handle;
  const state = engine?._writeState;
  if (!handle || !state) return syncDeflate(format, input, level);
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
  if (broken.has(`${format}/${level}`)) return syncDeflate(format, input, level);
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
