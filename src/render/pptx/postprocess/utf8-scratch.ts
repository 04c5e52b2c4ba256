// UTF-8 bytes of a part's XML in one reused buffer, for deflating and CRC only.
// Buffer.from(text, "utf8") allocates a new backing store per part (a slide is
// 10 to 140 KiB) and, measured on Node 20, costs ~50 times what writing the same
// text into an existing buffer does (385 against 8 us for 119 KiB of ASCII);
// a deck's ~30 string parts cost ~1 ms that way, plus the garbage. The bytes
// are the same: Buffer#write encodes as Buffer.from does (lone surrogates
// become EF BF BD in both), and it never truncates here because the buffer
// holds at least 3 bytes per UTF-16 unit, the most UTF-8 needs.

/** Above this the text is encoded into a buffer of its own, not kept around. */
const MAX_SCRATCH_BYTES = 4 * 1024 * 1024;
const MIN_SCRATCH_BYTES = 64 * 1024;

let scratch: Buffer | undefined;

/**
 * The UTF-8 bytes of `text`. The result may be a view of a shared buffer: it is
 * valid only until the next call, so it must be consumed (deflated, hashed)
 * before anything else is encoded.
 */
export function utf8Transient(text: string): Buffer {
  const worst = text.length * 3;
  if (worst > MAX_SCRATCH_BYTES) return Buffer.from(text, "utf8");
  if (!scratch || scratch.length < worst) scratch = Buffer.allocUnsafe(scratchSize(worst));
  return scratch.subarray(0, scratch.write(text, 0, "utf8"));
}

/** The next power of two at least `bytes` (and at least 64 KiB), so the buffer is regrown a few times at most. */
function scratchSize(bytes: number): number {
  let size = MIN_SCRATCH_BYTES;
  while (size < bytes) size *= 2;
  return size;
}
