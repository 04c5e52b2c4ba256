// The theme loader goes through the same safe YAML path as plans.
import { mkdtemp, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_THEMES_DIR, loadTheme, resolveThemeSpec } from "../../src/theme/load.js";

async function themeDir(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "kamdeck-theme-"));
  await writeFile(path.join(dir, "theme.yaml"), text);
  return dir;
}

describe("loadTheme", () => {
  it("loads a shipped theme by name", async () => {
    const result = await loadTheme("default");
    expect(result.ok && [result.theme.name, result.dir]).toEqual(["default", path.join(BUILTIN_THEMES_DIR, "default")]);
  });

  it("loads a theme folder by path", async () => {
    const text = await readFile(path.join(BUILTIN_THEMES_DIR, "default", "theme.yaml"), "utf8");
    const dir = await themeDir(text.replace("name: default", "name: mine"));
    const result = await loadTheme(dir);
    expect(result.ok && result.theme.name).toBe("mine");
  });

  it("reports a bad colour and a misspelt key at their positions", async () => {
    const text = await readFile(path.join(BUILTIN_THEMES_DIR, "default", "theme.yaml"), "utf8");
    const bad = text.replace('primary: "#1F3A5F"', 'primary: "navy"').replace("title_style: rule", "title_styl: rule");
    const dir = await themeDir(bad);
    const result = await loadTheme(dir);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ["colors.primary", "expected a colour written #RRGGBB"],
      ["title_styl", "unknown key `title_styl`: did you mean `title_style`?"],
    ]);
    expect(errors[0].line).toBe(bad.split("\n").findIndex((l) => l.includes('"navy"')) + 1);
  });

  it("an unknown theme name is one clear error", async () => {
    const result = await loadTheme("no-such-theme");
    expect(result.ok ? "" : result.errors[0].message).toContain("no theme `no-such-theme`");
  });

  it("a theme logo outside its folder is refused", async () => {
    const text = await readFile(path.join(BUILTIN_THEMES_DIR, "default", "theme.yaml"), "utf8");
    const dir = await themeDir(text + "logo: ../../etc/passwd\n");
    const result = await loadTheme(dir);
    expect(result.ok ? "" : result.errors[0].path).toBe("logo");
  });

  it("resolves a plan's theme: names stay names, paths go beside the plan, else the portfolio root", async () => {
    const dir = await themeDir("name: x\n");
    const planFile = path.join(dir, "plan.yaml");
    expect(resolveThemeSpec("default", { planFile, root: "/pf" })).toBe("default");
    expect(resolveThemeSpec("./theme.yaml", { planFile, root: "/pf" })).toBe(path.join(dir, "theme.yaml"));
    expect(resolveThemeSpec("./brand", { planFile, root: "/pf" })).toBe("/pf/brand");
    expect(resolveThemeSpec("/abs/brand", { planFile, root: "/pf" })).toBe("/abs/brand");
  });
});
