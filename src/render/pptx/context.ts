// State shared by the primitive writers of one slide, and by the slides of one
// deck. Nothing here survives the render call, so decks rendered one after
// another cannot influence each other.
import type { ChartPrimitive } from "../../layout/types.js";
import type { DeckMedia, LoadedImage } from "./media.js";
import type { SlideRels } from "./slide-rels.js";

/** A chart to be written by pptxgenjs on this slide, in slide order. */
export interface ChartRequest {
  slideIndex: number;
  primitive: ChartPrimitive;
}

export interface DeckContext {
  /** Slide size in EMU (a chart without a size takes half of it, as pptxgenjs did). */
  slideWidthEmu: number;
  slideHeightEmu: number;
  /** BCP 47 language of every run, as written in attributes (escaped). */
  lang: string;
  images: ReadonlyMap<string, LoadedImage>;
  media: DeckMedia;
  charts: ChartRequest[];
}

/**
 * Counters pptxgenjs kept per slide and that show in the XML: shape ids in
 * document order, and default object names ("Text 3", "Image 0"...). Text
 * boxes and shapes share one counter, as they did in pptxgenjs.
 */
export interface SlideContext {
  deck: DeckContext;
  slideIndex: number;
  /** Shape XML, in drawing order. */
  shapes: string[];
  /** Id of the next shape (1 is the shape tree itself). */
  nextId: number;
  names: { text: number; image: number; table: number; chart: number };
  /** Only the first shape named "Title" becomes the slide's title placeholder. */
  titleMarked: boolean;
  rels: SlideRels;
}

export function takeShapeId(ctx: SlideContext): number {
  return ctx.nextId++;
}
