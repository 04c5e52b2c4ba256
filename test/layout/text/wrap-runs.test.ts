import { describe, expect, it } from "vitest";
import { layoutTextBox, wrapRuns, wrapText } from "../../../src/layout/text/index.js";
import type { TextRun } from "../../../src/layout/types.js";
import { stack } from "./stack.js";

const lineWidthPt = (line: TextRun[], size: number) =>
  line.reduce((w, r) => w + stack.measure(r.text, { size, bold: r.bold ?? false }), 0);
const text = (line: TextRun[]) => line.map((r) => r.text).join("");

describe("wrapRuns", () => {
  const runs = [
    { text: "Responsable : " },
    { text: "Łukasz Wójcik, directeur des achats", bold: true, color: "#1F3A5F" },
    { text: " — prochaine revue le 12 mars avec l’équipe logistique de Gdańsk." },
  ];

  it("measures each stretch in its own style and keeps every line within the width", () => {
    for (const width of [1.5, 2.2, 3.5]) {
      const lines = wrapRuns(stack, runs, { size: 12, width });
      for (const line of lines) expect(lineWidthPt(line, 12)).toBeLessThanOrEqual(width * 72);
      expect(lines.map(text).join(" ").replace(/ +/g, " ")).toBe(runs.map((r) => r.text).join("").replace(/ +/g, " "));
    }
  });

  it("splits lines into runs at style boundaries, keeping each run's properties", () => {
    const lines = wrapRuns(stack, runs, { size: 12, width: 2.2 });
    const bold = lines.flat().filter((r) => r.bold);
    expect(bold.length).toBeGreaterThan(0);
    for (const r of bold) expect(r.color).toBe("#1F3A5F");
    expect(bold.map((r) => r.text).join(" ").replace(/ +/g, " ")).toBe("Łukasz Wójcik, directeur des achats");
    expect(lines.flat().filter((r) => !r.bold).every((r) => r.color === undefined)).toBe(true);
  });

  it("breaks exactly like wrapText when all runs share a style", () => {
    const plain = "Renforcer la relation avec la direction des achats : trois ateliers co-construits d’ici juin.";
    const split = [{ text: plain.slice(0, 30) }, { text: plain.slice(30, 61) }, { text: plain.slice(61) }];
    expect(wrapRuns(stack, split, { size: 12, width: 1.8 }).map(text)).toEqual(wrapText(stack, plain, { size: 12, width: 1.8 }));
  });

  it("breaks less in regular than in bold for the same words", () => {
    const words = "Revue trimestrielle des engagements contractuels et des volumes";
    const regular = wrapRuns(stack, [{ text: words }], { size: 14, width: 2 });
    const bold = wrapRuns(stack, [{ text: words, bold: true }], { size: 14, width: 2 });
    expect(bold.length).toBeGreaterThanOrEqual(regular.length);
    for (const line of bold) expect(lineWidthPt(line, 14)).toBeLessThanOrEqual(144);
  });

  it("keeps hard breaks inside runs and never returns an empty line", () => {
    const lines = wrapRuns(stack, [{ text: "Un\n" }, { text: "\nDeux", bold: true }], { size: 12, width: 4 });
    expect(lines.map(text)).toEqual(["Un", "", "Deux"]);
    for (const line of lines) expect(line.length).toBeGreaterThan(0);
  });
});

describe("rich paragraphs in layoutTextBox", () => {
  it("lays out runs and cuts them with an ellipsis, keeping the styles of what remains", () => {
    const runs = [{ text: "Risque : " , bold: true }, { text: "retard de livraison sur la ligne de Poznań, ".repeat(8) }];
    const r = layoutTextBox(stack, { paragraphs: [{ text: runs.map((x) => x.text).join(""), runs, color: "#B42318" }], w: 3, h: 0.8, padding: 0.05, size: 12, minSize: 10, ellipsis: true });
    expect(r.truncated).toBe(true);
    const lines = r.paragraphs[0].lines;
    expect(lines[0][0]).toMatchObject({ text: "Risque : ", bold: true, color: "#B42318" });
    expect(text(lines[lines.length - 1]).endsWith("…")).toBe(true);
    for (const line of lines) expect(lineWidthPt(line, r.size)).toBeLessThanOrEqual((3 - 0.1) * 72);
    expect(r.height).toBeLessThanOrEqual(0.8 + 1e-9);
  });
});
