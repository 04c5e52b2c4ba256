import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitAtoms, wrapText } from "../../../src/layout/text/index.js";
import { stack, widthIn } from "./stack.js";

const joinWords = (lines: string[]) => lines.join(" ").replace(/ +/g, " ").trim();

describe("wrapText", () => {
  const prose =
    "Renforcer la relation avec la direction des achats : trois ateliers co-construits d’ici juin, puis un comité de pilotage trimestriel avec Łukasz Wójcik à Kraków.";

  it("never makes a line wider than the width and loses no word", () => {
    for (const width of [1, 1.7, 2.5, 4, 9]) {
      for (const size of [10, 13, 18]) {
        const lines = wrapText(stack, prose, { size, width });
        for (const line of lines) expect(widthIn(line, size)).toBeLessThanOrEqual(width);
        expect(lines.join("").replace(/\s/g, "")).toBe(prose.replace(/\s/g, ""));
        // Words are only cut when one alone is wider than the line.
        if (width >= 2.5) expect(joinWords(lines).replace(/([-/]) /g, "$1")).toBe(prose);
      }
    }
  });

  it("breaks greedily: the next word would not have fitted on the line", () => {
    const size = 13;
    const width = 2.5;
    const lines = wrapText(stack, prose, { size, width });
    expect(lines.length).toBeGreaterThan(2);
    for (let i = 0; i < lines.length - 1; i++) {
      const nextWord = lines[i + 1].split(" ")[0];
      expect(widthIn(`${lines[i]} ${nextWord}`, size)).toBeGreaterThan(width - 0.5 / 72);
    }
  });

  it("returns the text as one line when it fits", () => {
    expect(wrapText(stack, "Revue trimestrielle", { size: 13, width: 5 })).toEqual(["Revue trimestrielle"]);
  });

  it("keeps explicit newlines as hard breaks, empty lines included", () => {
    expect(wrapText(stack, "Ligne une\nLigne deux\n\nQuatre", { size: 12, width: 5 })).toEqual(["Ligne une", "Ligne deux", "", "Quatre"]);
    expect(wrapText(stack, "", { size: 12, width: 5 })).toEqual([""]);
  });

  it("cuts a 200-character word between characters, every piece within the width", () => {
    const word = "abcdefghij".repeat(20);
    const lines = wrapText(stack, `Voir ${word} ensuite`, { size: 12, width: 2 });
    expect(lines[0]).toBe("Voir");
    expect(lines.join("").replace(/\s/g, "")).toBe(`Voir${word}ensuite`);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(widthIn(line, 12)).toBeLessThanOrEqual(2);
    // Each cut piece is full: one more character would not have fitted.
    const pieces = lines.slice(1, -2);
    for (const piece of pieces) expect(widthIn(piece + "a", 12)).toBeGreaterThan(2 - 0.5 / 72);
  });

  it("cuts an over-long address after a dot or a slash rather than mid-name", () => {
    const url = "https://extranet.maisondoree.example/fournisseurs/revues/2026/T4/plan-de-compte";
    const lines = wrapText(stack, url, { size: 12, width: 1.6 });
    expect(lines.join("")).toBe(url);
    for (const line of lines) expect(widthIn(line, 12)).toBeLessThanOrEqual(1.6);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[./@_?&=#:-]$/);
  });

  it("breaks after hyphens and slashes inside words", () => {
    const lines = wrapText(stack, "Saint-Étienne Q3/Q4", { size: 12, width: widthIn("Saint-Étienne Q3/", 12) + 0.02 });
    expect(lines).toEqual(["Saint-Étienne Q3/", "Q4"]);
    const hy = wrapText(stack, "Saint-Étienne", { size: 12, width: widthIn("Saint-Étien", 12) });
    expect(hy).toEqual(["Saint-", "Étienne"]);
  });

  it("never starts a line with French high punctuation or a closing guillemet", () => {
    const text = "Objectif atteint : oui ! Marge de 12 % « tenue » ; prochain point ?";
    // From the width of the widest unbreakable group ("« tenue » ;"): narrower, a group must be cut somewhere.
    for (let w = widthIn("« tenue » ;", 12) + 0.01; w < 4; w += 0.05) {
      for (const line of wrapText(stack, text, { size: 12, width: w })) expect(line).not.toMatch(/^[:;!?%»]/);
    }
  });

  it("keeps no-break spaces glued", () => {
    const text = "Budget 1\u202f250\u00a0000\u00a0€ validé";
    for (let w = widthIn("1\u202f250\u00a0000\u00a0€", 12) + 0.01; w < 3; w += 0.05) {
      const lines = wrapText(stack, text, { size: 12, width: w });
      expect(lines.some((l) => l.includes("1\u202f250\u00a0000\u00a0€"))).toBe(true);
    }
  });

  it("wraps Chinese between ideographs, without starting a line with a closing mark", () => {
    const text = "上海王芳负责华东区的重点客户关系，季度目标是提升续约率。";
    const lines = wrapText(stack, text, { size: 12, width: 1.2 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("")).toBe(text);
    for (const line of lines) {
      expect(widthIn(line, 12)).toBeLessThanOrEqual(1.2);
      expect(line).not.toMatch(/^[，。、]/);
    }
  });

  it("measures bold text with the bold font", () => {
    const text = "Quarterly business review with the procurement team";
    const width = 2.2;
    for (const line of wrapText(stack, text, { size: 14, bold: true, width })) expect(widthIn(line, 14, true)).toBeLessThanOrEqual(width);
  });

  it("turns tabs into spaces and accepts CRLF line ends", () => {
    expect(wrapText(stack, "Nom\tRôle\r\nSuite\rFin", { size: 12, width: 5 })).toEqual(["Nom Rôle", "Suite", "Fin"]);
  });

  it("returns a fresh array each time (callers may edit lines)", () => {
    const a = wrapText(stack, "un deux trois quatre", { size: 12, width: 0.8 });
    a[0] = "changed";
    expect(wrapText(stack, "un deux trois quatre", { size: 12, width: 0.8 })[0]).not.toBe("changed");
  });

  it("holds for any text: lines within width, characters preserved", () => {
    const word = fc.stringMatching(/^[a-zA-Zéèàœ’Łń0-9]{1,25}$/);
    const sep = fc.constantFrom(" ", " ", "-", "/", "\n", " : ");
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(text, fc.double({ min: 0.6, max: 6, noNaN: true }), fc.constantFrom(9, 10, 12.5, 16), (t, width, size) => {
        const lines = wrapText(stack, t, { size, width });
        for (const line of lines) expect(widthIn(line, size)).toBeLessThanOrEqual(width);
        expect(lines.join("").replace(/\s/g, "")).toBe(t.replace(/\s/g, ""));
      }),
      { numRuns: 200 },
    );
  });
});

describe("splitAtoms", () => {
  it("gives the line back when joined", () => {
    const line = "Prix : 12 % « oui » Saint-Étienne Q3/Q4 上海市";
    expect(splitAtoms(line).join("")).toBe(line);
  });

  it("does not break after a leading or doubled hyphen", () => {
    expect(splitAtoms("-5 a--b")).toEqual(["-5 ", "a--b"]);
  });
});
