// UTF-8 bytes of a part's XML in one reused buffer, for deflating and CRC only.
// Buffer.from(text, "utf8") allocates a new backing store per part (a slide is
// 10 to 140 KiB): for 119 KiB of flat ASCII it took 385 us against 8 us to
// write into an existing buffer (Node 20). Over 728 rendered decks the
// encoding fell from 0.70 s (Buffer.from) to 0.25 s (write, mostly flattening
// the slide text), with fewer minor GCs. The bytes
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
