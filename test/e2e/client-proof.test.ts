// Issue 6's proof: a plan whose every internal-only field and confidential item
// holds a unique marker. No extraction tool may find a marker, or anything of
// the stakeholder map, in the client files; the internal files show them all.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlanFile } from "./build-plan.js";
import { pdfTexts, pdfToolTexts, squashForSearch, zipTexts } from "./extract-all.js";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/markers.yaml");
const MARKERS = [...new Set(readFileSync(FIXTURE, "utf8").match(/MARKER-[A-Za-z0-9-]+/g) ?? [])];

/** Words only the stakeholder map and table print (labels of both languages). */
const STAKEHOLDER_WORDS = ["Cartographie des interlocuteurs", "Détracteur", "Détenteur du budget", "Stakeholder map"];

function found(haystacks: string[], needles: string[]): string[] {
  const squashed = squashForSearch(haystacks.join("\n"));
  return needles.filter((n) => squashed.includes(squashForSearch(n)));
}

describe.each(["default", "midnight"])("client files built from the marker plan (theme %s)", (theme) => {
  const texts: Record<"client" | "internal", { pptx: string[]; pdf: string[] }> = {
    client: { pptx: [], pdf: [] },
    internal: { pptx: [], pdf: [] },
  };

  beforeAll(async () => {
    for (const audience of ["client", "internal"] as const) {
      const built = await buildPlanFile(FIXTURE, { audience, theme });
      const parts = await zipTexts(built.files.pptx!);
      texts[audience].pptx = parts.map((p) => p.text);
      texts[audience].pdf = [...(await pdfTexts(built.files.pdf!)), ...pdfToolTexts(built.files.pdf!)];
    }
  });

  it("the fixture really has markers", () => {
    expect(MARKERS.length).toBeGreaterThan(30);
  });

  it("no marker in any part of the client .pptx, embedded workbooks included", () => {
    expect(found(texts.client.pptx, MARKERS)).toEqual([]);
  });

  it("no marker in the client .pdf: text anywhere, metadata, XMP, outline, annotations, raw objects", () => {
    expect(found(texts.client.pdf, MARKERS)).toEqual([]);
  });

  it("no stakeholder-map content in the client files", () => {
    expect(found([...texts.client.pptx, ...texts.client.pdf], STAKEHOLDER_WORDS)).toEqual([]);
  });

  it("positive control: the internal .pptx and .pdf show every marker", () => {
    expect(MARKERS.filter((m) => !found(texts.internal.pptx, [m]).length)).toEqual([]);
    expect(MARKERS.filter((m) => !found(texts.internal.pdf, [m]).length)).toEqual([]);
  });
});
