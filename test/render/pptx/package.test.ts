// The package PowerPoint opens without a repair prompt: well-formed parts,
// content types and relationships that match the parts, no notes pages.
import { beforeAll, describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { openPackage, type Package } from "./helpers/package.js";
import { xmlErrors } from "./helpers/xml-check.js";

let pkg: Package;
beforeAll(async () => {
  pkg = await openPackage(await renderPptx(showcaseLayout()));
});

function contentTypes() {
  const xml = pkg.text("[Content_Types].xml");
  return {
    defaults: new Set([...xml.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase())),
    overrides: [...xml.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]),
  };
}

describe("package structure", () => {
  it("has only well-formed XML parts, embedded workbooks included", async () => {
    const xmlNames = pkg.names.filter((n) => /\.(xml|rels)$/.test(n));
    expect(xmlNames.length).toBeGreaterThan(20);
    for (const name of xmlNames) expect({ name, error: xmlErrors(pkg.text(name)) }).toEqual({ name, error: undefined });
    const workbooks = pkg.names.filter((n) => n.endsWith(".xlsx"));
    expect(workbooks).toHaveLength(2);
    for (const wb of workbooks) {
      const inner = await openPackage(pkg.binary(wb));
      for (const name of inner.names.filter((n) => /\.(xml|rels)$/.test(n))) {
        expect({ name, error: xmlErrors(inner.text(name)) }).toEqual({ name, error: undefined });
      }
    }
  });

  it("lists a content type override only for parts that exist", () => {
    const { overrides } = contentTypes();
    expect(overrides.length).toBeGreaterThan(10);
    for (const part of overrides) expect(pkg.names).toContain(part);
  });

  it("gives every part a content type", () => {
    const { defaults, overrides } = contentTypes();
    for (const name of pkg.names.filter((n) => n !== "[Content_Types].xml")) {
      const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
      expect({ name, typed: overrides.includes(name) || defaults.has(ext) }).toEqual({ name, typed: true });
    }
    expect(pkg.text("[Content_Types].xml")).not.toContain("image/jpg\"");
  });

  it("points every internal relationship at an existing part", () => {
    for (const rels of pkg.names.filter((n) => n.endsWith(".rels"))) {
      const base = rels.replace(/(^|\/)_rels\/[^/]*\.rels$/, "$1");
      for (const m of pkg.text(rels).matchAll(/<Relationship ([^>]*)\/>/g)) {
        if (/TargetMode="External"/.test(m[1])) continue;
        const target = /Target="([^"]+)"/.exec(m[1])![1];
        const resolved = target.startsWith("/") ? target.slice(1) : new URL(target, `file:///${base}`).pathname.slice(1);
        expect({ rels, resolved, exists: pkg.names.includes(resolved) }).toEqual({ rels, resolved, exists: true });
      }
    }
  });

  it("has one slide per layout slide, in order, and no notes pages", () => {
    const slides = pkg.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort();
    expect(slides).toEqual(["ppt/slides/slide1.xml", "ppt/slides/slide2.xml", "ppt/slides/slide3.xml", "ppt/slides/slide4.xml"]);
    expect(pkg.text("ppt/presentation.xml").match(/<p:sldId /g)).toHaveLength(4);
    expect(pkg.names.filter((n) => n.includes("notesSlide"))).toEqual([]);
    for (const name of pkg.names.filter((n) => n.endsWith(".rels"))) expect(pkg.text(name)).not.toContain("notesSlide");
  });

  it("sizes the slides from the layout and paints each background", () => {
    expect(pkg.text("ppt/presentation.xml")).toContain('<p:sldSz cx="12191695" cy="6858000"/>');
    expect(pkg.text("ppt/slides/slide4.xml")).toContain('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FBFCFD"/>');
  });

  it("escapes the attribute values pptxgenjs writes raw (font names, language)", async () => {
    const layout = showcaseLayout();
    const face = `Gill Sans & "Co" <x>`;
    layout.meta.language = `fr"FR&`;
    layout.fonts.face = face;
    for (const slide of layout.slides) {
      for (const p of slide.primitives) {
        if (p.type === "text" || p.type === "table") p.style.fontFace = face;
        if (p.type === "chart") p.fontFace = face;
      }
    }
    const odd = await openPackage(await renderPptx(layout));
    for (const name of odd.names.filter((n) => /\.(xml|rels)$/.test(n))) {
      expect({ name, error: xmlErrors(odd.text(name)) }).toEqual({ name, error: undefined });
    }
    expect(odd.text("ppt/slides/slide3.xml")).toContain('typeface="Gill Sans &amp; &quot;Co&quot; &lt;x&gt;"');
  });

  it("keeps shape ids unique within each slide", () => {
    for (const name of pkg.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
      const ids = [...pkg.text(name).matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("embeds images from their bytes, never their paths", () => {
    const media = pkg.names.filter((n) => n.startsWith("ppt/media/"));
    expect(media.map((n) => n.replace(/.*\./, "")).sort()).toEqual(["jpeg", "png"]);
    const everything = pkg.names.filter((n) => /\.(xml|rels)$/.test(n)).map((n) => pkg.text(n)).join("\n");
    expect(everything).not.toContain("fixtures/layouts");
    expect(everything).not.toContain("preencoded");
    expect(pkg.text("ppt/slides/slide1.xml")).toContain('descr="Maison Lefèvre logo"');
  });
});
