// docProps/core.xml and docProps/app.xml written from the deck's metadata only:
// pptxgenjs would stamp its own name and the wall-clock time into them.
import type { DeckMeta } from "../../../layout/types.js";
import { escapeXml } from "./xml-escape.js";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** W3CDTF without milliseconds, as Office writes it. */
export function w3cdtf(timestampSeconds: number): string {
  return new Date(timestampSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function coreXml(meta: DeckMeta): string {
  const when = w3cdtf(meta.timestamp);
  const keywords = meta.keywords ? `<cp:keywords>${escapeXml(meta.keywords)}</cp:keywords>` : "";
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title>` +
    `<dc:subject>${escapeXml(meta.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(meta.author)}</dc:creator>` +
    keywords +
    `<dc:language>${escapeXml(meta.language)}</dc:language>` +
    `<cp:lastModifiedBy>${escapeXml(meta.author)}</cp:lastModifiedBy>` +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

export function appXml(meta: DeckMeta, slideCount: number): string {
  const company = meta.company ? `<Company>${escapeXml(meta.company)}</Company>` : "";
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<TotalTime>0</TotalTime>" +
    "<Application>kamdeck</Application>" +
    "<PresentationFormat>Custom</PresentationFormat>" +
    `<Slides>${slideCount}</Slides>` +
    "<Notes>0</Notes>" +
    "<HiddenSlides>0</HiddenSlides>" +
    "<ScaleCrop>false</ScaleCrop>" +
    company +
    "<LinksUpToDate>false</LinksUpToDate>" +
    "<SharedDoc>false</SharedDoc>" +
    "<HyperlinksChanged>false</HyperlinksChanged>" +
    "</Properties>"
  );
}
