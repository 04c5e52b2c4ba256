// A slide's relationships. Ids are handed out in the order objects are added
// (links, charts, images mixed), but the part lists links first, then charts,
// then images, then the slide layout: the order pptxgenjs 4.0.1 wrote them in.
import { escapeXml } from "./postprocess/xml-escape.js";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

export interface SlideRels {
  lastId: number;
  links: string;
  charts: string;
  images: string;
}

export function newSlideRels(): SlideRels {
  return { lastId: 0, links: "", charts: "", images: "" };
}

/** A clickable link (`url` already cleaned of characters XML forbids). */
export function addLinkRel(rels: SlideRels, url: string): number {
  const id = ++rels.lastId;
  rels.links += `<Relationship Id="rId${id}" Type="${REL}/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`;
  return id;
}

/** The deck's `chartNumber`-th chart (1-based, deck order). */
export function addChartRel(rels: SlideRels, chartNumber: number): number {
  const id = ++rels.lastId;
  rels.charts += `<Relationship Id="rId${id}" Type="${REL}/chart" Target="/ppt/charts/chart${chartNumber}.xml"/>`;
  return id;
}

/** `media` is the part's file name under ppt/media/. */
export function addImageRel(rels: SlideRels, media: string): number {
  const id = ++rels.lastId;
  rels.images += `<Relationship Id="rId${id}" Type="${REL}/image" Target="../media/${media}"/>`;
  return id;
}

export function slideRelsXml(rels: SlideRels): string {
  const layout = `<Relationship Id="rId${rels.lastId + 1}" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>`;
  return `${HEADER}${rels.links}${rels.charts}${rels.images}${layout}</Relationships>`;
}
