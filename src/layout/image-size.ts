// Pixel size of a PNG or JPEG read from its header, so logos keep their aspect
// ratio without decoding the image or adding a dependency.
import { openSync, readSync, closeSync } from "node:fs";

export interface PixelSize {
  width: number;
  height: number;
}

/** Reads the first 64 KiB: PNG's IHDR is at byte 16; a JPEG's SOF marker comes before the scan data. */
export function readImageSize(path: string): PixelSize | undefined {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return sizeFromHeader(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

export function sizeFromHeader(buf: Uint8Array): PixelSize | undefined {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString("latin1", 12, 16) === "IHDR") {
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const len = b.readUInt16BE(i + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: b.readUInt16BE(i + 7), height: b.readUInt16BE(i + 5) };
    }
    i += 2 + len;
  }
  return undefined;
}

/** The largest box of the image's aspect ratio that fits in w x h (inches), centred. */
export function fitImage(size: PixelSize | undefined, box: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  if (!size || size.width <= 0 || size.height <= 0) return box;
  const scale = Math.min(box.w / size.width, box.h / size.height);
  const w = size.width * scale;
  const h = size.height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
