// Everything any extraction tool can get out of a deck, as plain text: used to
// prove that client files hold no internal data. Deliberately greedy: every
// part of the zip (recursing into embedded workbooks and nested zips), every
// PDF text item wherever it sits (on or off the page), the info dictionary,
// XMP, outline, annotations, and the raw uncompressed PDF objects.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Every entry of a zip, recursively, decoded as UTF-8 text, with its path. */
export async function zipTexts(bytes: Uint8Array, prefix = ""): Promise<Array<{ name: string; text: string }>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Array<{ name: string; text: string }> = [];
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    const data = await entry.async("uint8array");
    if (isZip(data)) out.push(...(await zipTexts(data, `${prefix}${name}!`)));
    else out.push({ name: prefix + name, text: Buffer.from(data).toString("utf8") });
  }
  return out;
}

/** All text pdfjs finds, page by page, plus metadata, outline and annotations. */
export async function pdfTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const out: string[] = [];
  try {
    const meta = await doc.getMetadata();
    out.push(JSON.stringify(meta.info ?? {}));
    if (meta.metadata) out.push(JSON.stringify(meta.metadata.getAll()));
    const outline = (await doc.getOutline()) ?? [];
    const walk = (items: Array<{ title: string; items?: unknown[] }>) => {
      for (const it of items) {
        out.push(it.title);
        walk((it.items ?? []) as Array<{ title: string; items?: unknown[] }>);
      }
    };
    walk(outline);
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      out.push(content.items.map((i) => ("str" in i ? i.str : "")).join(""));
      out.push(JSON.stringify(await page.getAnnotations()));
      const tree = await page.getStructTree().catch(() => null);
      if (tree) out.push(JSON.stringify(tree));
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/** poppler's view of the same file, and qpdf's uncompressed objects (metadata streams, XMP). */
export function pdfToolTexts(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kamdeck-leak-"));
  const file = path.join(dir, "deck.pdf");
  writeFileSync(file, bytes);
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "latin1", maxBuffer: 64 << 20 });
  return [
    run("pdftotext", ["-raw", file, "-"]),
    run("pdfinfo", ["-meta", file]),
    run("qpdf", ["--qdf", "--object-streams=disable", file, "-"]),
  ];
}

/** Letters and digits only: a marker split by a line break, a run boundary or XML tags still matches. */
export function squashForSearch(text: string): string {
  return text.replace(/<[^>]*>/g, "").replace(/[^A-Za-z0-9]/g, "").toUpperCase();
}
