// zlib deflate of a whole buffer through one kept engine per level, reset
// between streams, instead of zlib.deflateSync's new engine per call. A deck
// deflates ~35 streams (a page's contents, ToUnicode maps, font programs); each
// deflateSync built a Transform stream and a native zlib state (~270 KiB,
// initialised) for a few KiB of input, a sixth of the deflate time. zlib's
// deflateReset returns the state to what deflateInit gave, so the bytes are
// deflateSync's. Uses Node's zlib handle (writeSync / reset, as deflateSync
// itself does); anything unexpected goes back to deflateSync.
import zlib, { deflateSync } from "node:zlib";

interface EngineInternals {
  _handle?: {
    writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
    reset(): void;
  } | null;
  /** [avail_out, avail_in] after each writeSync. */
  _writeState?: Uint32Array;
}

/** Output chunk size: a page's contents deflate to a few KiB. */
const CHUNK = 64 * 1024;
/** Where each call's output lands before it is copied out at its size. */
let scratch: Buffer | undefined;

/** One engine per zlib level (-1 is zlib's default), kept for the process: ~270 KiB of native memory each. */
const engines = new Map<number, EngineInternals>();
const broken = new Set<number>();

function engineFor(level: number): EngineInternals | undefined {
  if (broken.has(level)) return undefined;
  let engine = engines.get(level);
  if (!engine) {
    const stream = zlib.createDeflate({ level });
    // An engine that reports an error is never used again.
    stream.on("error", () => {
      broken.add(level);
      engines.delete(level);
    });
    engine = stream as unknown as EngineInternals;
    if (typeof engine._handle?.writeSync !== "function" || typeof engine._handle.reset !== "function" || !(engine._writeState instanceof Uint32Array)) {
      broken.add(level);
      return undefined;
    }
    engines.set(level, engine);
  }
  return engine;
}

/** zlib.deflateSync(input, { level }), the same bytes. */
export function deflateWhole(input: Uint8Array, level: number): Uint8Array {
  const engine = engineFor(level);
  const handle = engine?._handle;
  const state = engine?._writeState;
  if (!handle || !state) return deflateSync(input, { level });
  const chunks: Uint8Array[] = [];
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
  if (broken.has(level)) return deflateSync(input, { level });
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
