// Document properties come from the layout's metadata only, escaped, with the
// pinned timestamp, and nothing names the library that wrote the file.
import { beforeAll, describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { TIMESTAMP } from "../../fixtures/layouts/build.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { openPackage, type Package } from "./helpers/package.js";

let pkg: Package;
beforeAll(async () => {
  pkg = await openPackage(await renderPptx(showcaseLayout()));
});

const ESCAPED = "R&amp;D &lt;Ops&gt; &quot;Q4&quot; &apos;x&apos;";

describe("document properties", () => {
  it("writes core.xml from meta, escaped, with the pinned time", () => {
    const core = pkg.text("docProps/core.xml");
    expect(core).toContain(`<dc:title>${ESCAPED}</dc:title>`);
    expect(core).toContain("<dc:creator>Camille Durand</dc:creator>");
    expect(core).toContain("<cp:lastModifiedBy>Camille Durand</cp:lastModifiedBy>");
    expect(core).toContain("<dc:subject>Quarterly business review</dc:subject>");
    expect(core).toContain("<dc:language>fr-FR</dc:language>");
    expect(core).toContain("<cp:keywords>QBR, &lt;key&gt; &amp; account</cp:keywords>");
    const iso = new Date(TIMESTAMP * 1000).toISOString().replace(/\.000Z$/, "Z");
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>`);
  });

  it("writes app.xml with the escaped company and the slide count", () => {
    const app = pkg.text("docProps/app.xml");
    expect(app).toContain(`<Company>${ESCAPED}</Company>`);
    expect(app).toContain("<Slides>4</Slides>");
    expect(app).toContain("<Notes>0</Notes>");
  });

  it("omits the company when meta has none", async () => {
    const layout = showcaseLayout();
    delete layout.meta.company;
    const other = await openPackage(await renderPptx(layout));
    expect(other.text("docProps/app.xml")).not.toContain("<Company>");
  });

  it("never names the library, not even inside the chart workbooks", async () => {
    const texts = pkg.names.filter((n) => /\.(xml|rels)$/.test(n)).map((n) => pkg.text(n));
    for (const wb of pkg.names.filter((n) => n.endsWith(".xlsx"))) {
      const inner = await openPackage(pkg.binary(wb));
      texts.push(...inner.names.filter((n) => /\.(xml|rels)$/.test(n)).map((n) => inner.text(n)));
      expect(inner.text("docProps/core.xml")).toContain("<dc:creator>Camille Durand</dc:creator>");
    }
    for (const t of texts) expect(t.toLowerCase()).not.toContain("pptxgenjs");
  });
});
