import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashInput, outputInputHash, planInputHash } from "../../src/batch/input-hash.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kamdeck-hash-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("input hashes", () => {
  it("hash a folder by its files' names and bytes, not by where it is", async () => {
    const a = folder({ "theme.yaml": "name: a\n", "img/logo.png": "png" });
    const b = folder({ "theme.yaml": "name: a\n", "img/logo.png": "png" });
    const renamed = folder({ "theme.yaml": "name: a\n", "img/other.png": "png" });
    const edited = folder({ "theme.yaml": "name: a\n", "img/logo.png": "png!" });
    expect(await hashInput(a)).toBe(await hashInput(b));
    expect(await hashInput(renamed)).not.toBe(await hashInput(a));
    expect(await hashInput(edited)).not.toBe(await hashInput(a));
  });

  it("change with the plan, portfolio.yaml, an input or -t, and not with the plan's location", async () => {
    const dir = folder({ "p/plan.yaml": "plan: 1\n", "p/portfolio.yaml": "currency: EUR\n", "logo.png": "x" });
    const moved = path.join(mkdtempSync(path.join(os.tmpdir(), "kamdeck-hash-")), "moved");
    cpSync(dir, moved, { recursive: true });
    const key = (root: string, theme: string | null = null) => planInputHash({
      file: path.join(root, "p/plan.yaml"), portfolioFile: path.join(root, "p/portfolio.yaml"), inputs: [path.join(root, "logo.png")], options: { theme },
    });
    const base = await key(dir);
    expect(await key(moved)).toBe(base);
    expect(await key(dir, "midnight")).not.toBe(base);
    writeFileSync(path.join(moved, "logo.png"), "y");
    expect(await key(moved)).not.toBe(base);
    writeFileSync(path.join(moved, "logo.png"), "x");
    writeFileSync(path.join(moved, "p/portfolio.yaml"), "currency: USD\n");
    expect(await key(moved)).not.toBe(base);
  });

  it("give each output of a plan its own key", () => {
    const keys = new Set([
      outputInputHash("k", { audience: "client", kind: "pdf", timestamp: 1 }),
      outputInputHash("k", { audience: "internal", kind: "pdf", timestamp: 1 }),
      outputInputHash("k", { audience: "client", kind: "pptx", timestamp: 1 }),
      outputInputHash("k", { audience: "client", kind: "pdf", timestamp: 2 }),
    ]);
    expect(keys.size).toBe(4);
  });
});
