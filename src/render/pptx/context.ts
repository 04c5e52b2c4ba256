// State shared by the primitive renderers of one deck. Nothing here survives
// the render call, so decks rendered one after another cannot influence each other.
import type { Pptx, PptxSlide } from "./pptxgen.js";

/**
 * What pptxgenjs cannot express for a paragraph, applied in post-processing:
 * one entry per `<a:p>` of the slide XML, in document order.
 */
export interface ParagraphFixup {
  /** Bullet colour `RRGGBB` (pptxgenjs has no `buClr`). */
  bulletColor?: string;
  /** Left indent (EMU) of a paragraph without bullet (pptxgenjs forces `marL="0"`). */
  indentEmu?: number;
}

export interface SlideRecord {
  /** One entry per paragraph written to the slide, `null` when nothing to fix. */
  paragraphs: Array<ParagraphFixup | null>;
}

export interface RenderContext {
  pptx: Pptx;
  /** BCP 47 language of every run (spell checking in PowerPoint). */
  lang: string;
  /** `image/png;base64,...` by absolute path, read before the slides are built. */
  images: ReadonlyMap<string, string>;
  /** The record of the slide being rendered. */
  slide: SlideRecord;
}

export type { PptxSlide };
