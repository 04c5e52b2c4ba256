// Reads what a JSZip object holds without its chunked, promise-per-chunk pipeline.
import type JSZip from "jszip";
import { isXmlPart, type Parts } from "./postprocess/parts.js";

/**
 * JSZip 3 keeps what `file()` was given (a string, or bytes once base64 is
 * decoded) as a promise in `_data`; reading it skips a stream pipeline per
 * entry. Anything unexpected goes through the public API.
 */
export async function readEntry(file: JSZip.JSZipObject): Promise<string | Uint8Array> {
  const data: unknown = await (file as unknown as { _data?: unknown })._data;
  const wantText = isXmlPart(file.name);
  if (wantText && typeof data === "string") return data;
  if (!wantText && data instanceof Uint8Array) return data;
  return wantText ? file.async("string") : file.async("uint8array");
}

/** Every file entry (folders left out), by name. */
export async function collectParts(zip: JSZip): Promise<Parts> {
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const contents = await Promise.all(files.map(readEntry));
  return new Map(files.map((f, i) => [f.name, contents[i]]));
}
