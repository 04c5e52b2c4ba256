// Shapes, lines, polygons and images land where the IR puts them.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { BADGE_JPEG, LOGO_PNG } from "../../fixtures/layouts/build.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";
import { openPackage, type Package } from "./helpers/package.js";

let pkg: Package;
beforeAll(async () => {
  pkg = await openPackage(await renderPptx(showcaseLayout()));
});

const emu = (inches: number) => Math.round(inches * 914400);
const shapes = (xml: string) => [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]);

describe("shapes", () => {
  it("flips lines so they run from (x1, y1) to (x2, y2) with the arrow at the end", () => {
    const lines = shapes(pkg.text("ppt/slides/slide2.xml")).filter((s) => s.includes('prst="line"') && s.includes("tailEnd"));
    expect(lines).toHaveLength(4);
    const xfrms = lines.map((s) => /<a:xfrm([^>]*)><a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/.exec(s)!.slice(1));
    expect(xfrms).toEqual([
      ["", String(emu(9)), String(emu(1.7)), String(emu(1.5)), String(emu(1))],
      [' flipH="1"', String(emu(11)), String(emu(1.7)), String(emu(1.5)), String(emu(1))],
      [' flipV="1"', String(emu(9)), String(emu(3.2)), String(emu(1.5)), String(emu(1))],
      [' flipH="1" flipV="1"', String(emu(11)), String(emu(3.2)), String(emu(1.5)), String(emu(1))],
    ]);
    for (const s of lines) expect(s).toContain('<a:tailEnd type="triangle"/>');
    expect(lines[2]).toContain('<a:prstDash val="sysDot"/>');
    expect(lines[3]).toContain('<a:prstDash val="dash"/>');
  });

  it("writes polygons as custom geometry relative to their bounding box", () => {
    const diamond = shapes(pkg.text("ppt/slides/slide2.xml")).find((s) => s.includes("custGeom"))!;
    expect(diamond).toContain(`<a:off x="${emu(8)}" y="${emu(1.7)}"/><a:ext cx="${emu(0.4)}" cy="${emu(0.4)}"/>`);
    expect(diamond).toContain(`<a:moveTo><a:pt x="${emu(0.2)}" y="0" /></a:moveTo>`);
    expect(diamond).toContain("<a:close />");
  });

  it("draws ellipses and rounded rectangles with their fill and stroke", () => {
    const xml = pkg.text("ppt/slides/slide2.xml");
    expect(xml).toContain('<a:prstGeom prst="ellipse">');
    const panel = shapes(xml).find((s) => s.includes('val="F2F4F7"'))!;
    // 0.15 in of a 3.2 in short side.
    expect(panel).toContain(`<a:gd name="adj" fmla="val ${Math.round((0.15 * 914400 * 100000) / emu(3.2))}"/>`);
    expect(panel).toContain('<a:prstDash val="dash"/>');
  });

  it("never leaves an outline to the application's default", () => {
    for (const n of [1, 2, 3, 4]) expect(pkg.text(`ppt/slides/slide${n}.xml`)).not.toContain("<a:ln></a:ln>");
  });

  it("embeds the image files byte for byte", () => {
    const media = pkg.names.filter((n) => n.startsWith("ppt/media/")).sort();
    expect(Buffer.from(pkg.binary(media[0]))).toEqual(readFileSync(LOGO_PNG));
    expect(Buffer.from(pkg.binary(media[1]))).toEqual(readFileSync(BADGE_JPEG));
  });
});
