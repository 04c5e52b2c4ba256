// Issue 6, "clean files": a client deck carries nothing a reader could
// uncover by poking around the file: no speaker notes, hidden slides,
// comments, off-slide or hidden shapes, no alt text or document property
// beyond an allowlist; the PDF has no attachment, no annotation but links,
// and only allowlisted info-dictionary entries.
import { describe, expect, it } from "vitest";
import path from "node:path";
import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { buildPlanFile, samplePlans } from "./build-plan.js";

const FIXTURES = [
  ...(await samplePlans()).map((p) => p.file),
  path.resolve(import.meta.dirname, "../fixtures/markers.yaml"),
];

const CORE_ALLOWED = ["title", "subject", "creator", "keywords", "language", "lastModifiedBy", "revision", "created", "modified"];
const PDF_INFO_ALLOWED = ["Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Language", "PDFFormatVersion", "IsLinearized", "IsAcroFormPresent", "IsXFAPresent", "IsCollectionPresent", "IsSignaturesPresent", "EncryptFilterName"];

async function pptxFindings(bytes: Uint8Array, allowedAlt: string[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const problems: string[] = [];
  for (const n of names) {
    if (/notesSlides\/|comments\/|commentAuthors|docProps\/custom\.xml|customXml\//.test(n)) problems.push(`part ${n}`);
  }
  const pres = await zip.file("ppt/presentation.xml")!.async("string");
  const [, cx, cy] = pres.match(/<p:sldSz cx="(\d+)" cy="(\d+)"/)!.map(Number);
  for (const n of names.filter((x) => /^ppt\/slides\/slide\d+\.xml$/.test(x))) {
    const xml = await zip.file(n)!.async("string");
    if (/<p:sld\b[^>]*\bshow="0"/.test(xml)) problems.push(`${n} is hidden`);
    if (/hidden="1"/.test(xml)) problems.push(`${n} has a hidden shape`);
    for (const m of xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
      const [x, y, w, h] = m.slice(1).map(Number);
      if (x < 0 || y < 0 || x + w > cx + 1 || y + h > cy + 1) problems.push(`${n} has a shape off the slide at ${x},${y}`);
    }
    for (const m of xml.matchAll(/\bdescr="([^"]*)"/g)) if (m[1] && !allowedAlt.includes(m[1])) problems.push(`${n} alt text "${m[1]}"`);
  }
  const core = await zip.file("docProps/core.xml")!.async("string");
  for (const m of core.matchAll(/<(?:dc|cp|dcterms):(\w+)[\s>]/g)) if (!CORE_ALLOWED.includes(m[1]) && m[1] !== "coreProperties") problems.push(`core property ${m[1]}`);
  const app = await zip.file("docProps/app.xml")!.async("string");
  if (/<Company>|<Manager>|<HyperlinkBase>/.test(app)) problems.push("app.xml names a company, manager or link base");
  return problems;
}

async function pdfFindings(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const problems: string[] = [];
  try {
    const { info } = await doc.getMetadata();
    for (const key of Object.keys(info ?? {})) if (!PDF_INFO_ALLOWED.includes(key)) problems.push(`info ${key}`);
    if (await doc.getAttachments()) problems.push("attachments");
    if (await doc.getJSActions()) problems.push("JavaScript");
    for (let n = 1; n <= doc.numPages; n++) {
      const annots = await (await doc.getPage(n)).getAnnotations();
      for (const a of annots) {
        if (a.subtype !== "Link" || !/^(mailto:|https:)/.test(a.url ?? "")) problems.push(`page ${n}: ${a.subtype} annotation ${a.url ?? ""}`);
      }
    }
  } finally {
    await doc.destroy();
  }
  return problems;
}

describe("client files are clean", () => {
  it.each(FIXTURES.map((f) => [path.relative(process.cwd(), f), f]))("%s", async (_name, file) => {
    const built = await buildPlanFile(file, { audience: "client" });
    const account = built.layout.meta.title.split(" - ")[0];
    expect(await pptxFindings(built.files.pptx!, [account])).toEqual([]);
    expect(await pdfFindings(built.files.pdf!)).toEqual([]);
  });
});
