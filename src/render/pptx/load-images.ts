// Reads every image of the deck once, before the slides are built, so the
// primitive renderers stay synchronous and a logo repeated on every slide is read once.
import { readFile } from "node:fs/promises";
import type { DeckLayout, ImagePrimitive } from "../../layout/types.js";
import { PptxRenderError } from "./errors.js";

export async function loadImages(layout: DeckLayout): Promise<Map<string, string>> {
  const images = new Map<string, ImagePrimitive["mime"]>();
  for (const slide of layout.slides) {
    for (const p of slide.primitives) if (p.type === "image") images.set(p.path, p.mime);
  }
  const entries = await Promise.all(
    [...images].map(async ([path, mime]) => [path, `${mime};base64,${await readBase64(path)}`] as const),
  );
  return new Map(entries);
}

async function readBase64(path: string): Promise<string> {
  try {
    return (await readFile(path)).toString("base64");
  } catch (cause) {
    throw new PptxRenderError(`cannot read image ${path}`, { cause });
  }
}
