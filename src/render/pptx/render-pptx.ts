// Entry point of the PPTX backend: replays a DeckLayout and decides nothing
// (no wrapping, no sizing, no placement). kamdeck writes each slide's XML from
// the IR; pptxgenjs writes the package around it and the native charts; the
// package is then pinned and zipped in post-processing.
import type { DeckLayout } from "../../layout/types.js";
import type { DeckContext } from "./context.js";
import { loadImages, newDeckMedia } from "./media.js";
import { packageParts } from "./package-parts.js";
import { postprocessPptx } from "./postprocess.js";
import { writeSlide } from "./slide-xml.js";
import { inchesToEmu } from "./units.js";

export async function renderPptx(layout: DeckLayout): Promise<Uint8Array> {
  const deck: DeckContext = {
    slideWidthEmu: inchesToEmu(layout.width),
    slideHeightEmu: inchesToEmu(layout.height),
    lang: layout.meta.language,
    images: await loadImages(layout),
    media: newDeckMedia(),
    charts: [],
  };
  const slides = layout.slides.map((slide, index) => writeSlide(slide, index, deck));
  const parts = await packageParts(layout, deck.charts);
  return postprocessPptx(parts, { meta: layout.meta, slides, media: deck.media.parts });
}

