// The scans that let clean text skip the replaces must never change a result:
// each function is checked against the replaces it short-cuts, on random text
// over the characters that matter (controls, breaks, surrogates, entities).
import { describe, expect, it } from "vitest";
import { escapeXml } from "../../../src/render/pptx/postprocess/xml-escape.js";
import { cleanRunText, cleanXmlText } from "../../../src/render/pptx/sanitize.js";
import { solidFillXml } from "../../../src/render/pptx/color-xml.js";
import { toHex } from "../../../src/render/pptx/units.js";

const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const reference = {
  cleanXmlText: (t: string) => t.replace(ILLEGAL_XML, ""),
  cleanRunText: (t: string) => t.replace(ILLEGAL_XML, "").replace(/\r\n|[\r\n]/g, " "),
  escapeXml: (t: string) => t.replace(ILLEGAL_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]),
};

const ALPHABET = ["a", "Z", " ", "é", "€", "供", "\t", "\n", "\r", "\u0007", "\u001F", "\uFFFE", "\uFFFF", "\uD83D", "\uDE80", "&", "<", ">", '"', "'"];
function randomTexts(count: number, seed = 7): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 12);
    let text = "";
    for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
    return text;
  });
}

describe("text fast paths", () => {
  const texts = ["", "Plan d'actions", "Key account plan 2027", "😀 ok", ...randomTexts(5000)];

  it.each(Object.keys(reference) as Array<keyof typeof reference>)("%s gives what its replaces give", (name) => {
    const fn = { cleanXmlText, cleanRunText, escapeXml }[name];
    for (const text of texts) expect(fn(text)).toBe(reference[name](text));
  });

  it("remembers colours without mixing them up", () => {
    for (const color of ["#1f3a5f", "1F3A5F", "#ABCDEF", "#1f3a5f", "tx1", "nonsense", "#abcdef"]) {
      expect(toHex(color)).toBe(color.replace(/^#/, "").toUpperCase());
      const hex = toHex(color);
      expect(solidFillXml(hex)).toBe(solidFillXml(hex));
    }
    expect(solidFillXml("1f3a5f")).toBe('<a:solidFill><a:srgbClr val="1F3A5F"/></a:solidFill>');
    expect(solidFillXml("accent1")).toBe('<a:solidFill><a:schemeClr val="accent1"/></a:solidFill>');
    expect(solidFillXml(undefined)).toBe('<a:solidFill><a:srgbClr val="000000"/></a:solidFill>');
    expect(solidFillXml("nonsense")).toBe('<a:solidFill><a:srgbClr val="000000"/></a:solidFill>');
  });
});
