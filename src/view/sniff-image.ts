// The logo's type, from its magic bytes rather than its extension. The loader
// (src/plan/logo.ts) validates logos already; the view only needs the MIME type.
import { closeSync, openSync, readSync } from "node:fs";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

export function mimeOfImageBytes(bytes: Uint8Array): "image/png" | "image/jpeg" | undefined {
  if (PNG.every((b, i) => bytes[i] === b)) return "image/png";
  if (JPEG.every((b, i) => bytes[i] === b)) return "image/jpeg";
  return undefined;
}

/** Undefined when the file is missing or neither PNG nor JPEG. */
export function sniffImageFile(path: string): "image/png" | "image/jpeg" | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const head = new Uint8Array(8);
    readSync(fd, head, 0, 8, 0);
    return mimeOfImageBytes(head);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
