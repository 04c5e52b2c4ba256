// Images are read once per deck, before the slides are written, and stored once
// per distinct content: a logo in every footer is one part, named after its
// first placement (`image-<slide>-<n>.<ext>`), the name the previous pipeline
// kept when it removed the copies pptxgenjs stored for each placement.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { DeckLayout, ImagePrimitive } from "../../layout/types.js";
import { PptxRenderError } from "./errors.js";

export interface LoadedImage {
  bytes: Uint8Array;
  /** Part extension: `png` or `jpeg` (from the MIME type). */
  ext: string;
  /** Same key, same bytes. */
  key: string;
}

export interface DeckMedia {
  /** Part file name by image key. */
  names: Map<string, string>;
  /** Bytes by part file name. */
  parts: Map<string, Uint8Array>;
}

export function newDeckMedia(): DeckMedia {
  return { names: new Map(), parts: new Map() };
}

export async function loadImages(layout: DeckLayout): Promise<Map<string, LoadedImage>> {
  const images = new Map<string, ImagePrimitive["mime"]>();
  for (const slide of layout.slides) {
    for (const p of slide.primitives) if (p.type === "image") images.set(p.path, p.mime);
  }
  const entries = await Promise.all([...images].map(async ([path, mime]) => [path, await loadImage(path, mime)] as const));
  return new Map(entries);
}

async function loadImage(path: string, mime: string): Promise<LoadedImage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new PptxRenderError(`cannot read image ${path}`, { cause });
  }
  const ext = /image\/(\w+)/.exec(mime)?.[1] ?? "png";
  return { bytes, ext, key: `${ext}:${createHash("sha256").update(bytes).digest("hex")}` };
}

/** The part an image placement points at: the first placement of these bytes names it. */
export function placeImage(media: DeckMedia, image: LoadedImage, candidate: string): string {
  const kept = media.names.get(image.key);
  if (kept) return kept;
  media.names.set(image.key, candidate);
  media.parts.set(candidate, image.bytes);
  return candidate;
}
