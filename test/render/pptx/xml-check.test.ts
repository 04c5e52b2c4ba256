// The well-formedness checker the package tests rely on must itself reject bad XML.
import { describe, expect, it } from "vitest";
import { xmlErrors } from "./helpers/xml-check.js";

describe("xmlErrors", () => {
  it("accepts a well-formed part", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<a:p x="1" y='&amp;'><a:t>R&amp;D &lt;x&gt; &#x2022;</a:t><a:br/><!-- c --></a:p>`;
    expect(xmlErrors(xml)).toBeUndefined();
  });

  it.each([
    ["<a><b></a>", "mismatched"],
    ["<a>R&D</a>", "bad entity"],
    ["<a>bell\u0007</a>", "illegal character"],
    ['<a x="1" x="2"/>', "duplicate attribute"],
    ['<a x="R&D"/>', "bad entity in attribute"],
    ["<a x=1/>", "bad tag"],
    ["<a/><b/>", "2 root elements"],
    ["<a>", "unclosed"],
    ["<a><b>x</b>", "unclosed"],
    ["<a>1 < 2</a>", "bad start tag"],
  ])("rejects %s", (xml, message) => {
    expect(xmlErrors(xml)).toContain(message);
  });
});
