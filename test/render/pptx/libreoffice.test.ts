// The LibreOffice round trip: a headless Impress opens the deck and prints one
// page per slide. Run once on the combined fixture (it takes a few seconds).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPptx } from "../../../src/render/pptx/render-pptx.js";
import { showcaseLayout } from "../../fixtures/layouts/showcase.js";

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
const hasPdfinfo = spawnSync("pdfinfo", ["-v"], { stdio: "ignore" }).error === undefined;

describe("LibreOffice round trip", () => {
  if (!hasSoffice || !hasPdfinfo) {
    it.skip("needs soffice and pdfinfo on PATH (CI installs libreoffice-impress and poppler-utils)", () => {});
    return;
  }
  it("opens the deck and converts every slide to a PDF page", { timeout: 120_000 }, async () => {
    const layout = showcaseLayout();
    const dir = mkdtempSync(join(tmpdir(), "kamdeck-pptx-"));
    try {
      writeFileSync(join(dir, "deck.pptx"), await renderPptx(layout));
      // A private profile, so a concurrent LibreOffice (or another test) cannot lock it.
      const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
      execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "deck.pptx")], {
        stdio: "ignore",
        timeout: 110_000,
      });
      const info = execFileSync("pdfinfo", [join(dir, "deck.pdf")], { encoding: "utf8" });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(layout.slides.length);
      const text = execFileSync("pdftotext", [join(dir, "deck.pdf"), "-"], { encoding: "utf8" });
      expect(text).toContain("Action plan (1/2)");
      expect(text).toContain("Łukasz Wróbel");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
