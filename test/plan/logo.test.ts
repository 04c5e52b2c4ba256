// Logos: magic bytes, confinement after symlinks, no URLs.
import { mkdtemp, mkdir, symlink, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveLogo, sniffImage } from "../../src/plan/logo.js";

let root: string;
const planFile = () => path.join(root, "pf", "plans", "acme.yaml");

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "kamdeck-logo-"));
  await mkdir(path.join(root, "pf", "plans", "logos"), { recursive: true });
  await mkdir(path.join(root, "pf", "shared"), { recursive: true });
  await mkdir(path.join(root, "outside"), { recursive: true });
  await copyFile("samples/logos/maison-doree.png", path.join(root, "pf", "plans", "logos", "acme.png"));
  await copyFile("samples/logos/maison-doree.png", path.join(root, "pf", "shared", "group.png"));
  await copyFile("samples/logos/maison-doree.png", path.join(root, "outside", "secret.png"));
  await writeFile(path.join(root, "pf", "plans", "logos", "photo.jpg"), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
  await writeFile(path.join(root, "pf", "plans", "logos", "fake.png"), "GIF89a not a png");
  await symlink(path.join(root, "outside", "secret.png"), path.join(root, "pf", "plans", "logos", "link.png"));
});

describe("sniffImage", () => {
  it("reads magic bytes, not extensions", () => {
    expect(sniffImage(path.join(root, "pf", "plans", "logos", "acme.png"))).toBe("image/png");
    expect(sniffImage(path.join(root, "pf", "plans", "logos", "photo.jpg"))).toBe("image/jpeg");
    expect(sniffImage(path.join(root, "pf", "plans", "logos", "fake.png"))).toBeUndefined();
    expect(sniffImage(path.join(root, "missing.png"))).toBeUndefined();
  });
});

describe("resolveLogo", () => {
  it("resolves relative to the plan file, to a real absolute path", async () => {
    const result = await resolveLogo("logos/acme.png", { planFile: planFile() });
    expect(result).toMatchObject({ ok: true, mime: "image/png" });
    expect(result.ok && path.isAbsolute(result.path)).toBe(true);
  });

  it("allows the portfolio root, refuses beyond it", async () => {
    expect((await resolveLogo("../shared/group.png", { planFile: planFile(), root: path.join(root, "pf") })).ok).toBe(true);
    const without = await resolveLogo("../shared/group.png", { planFile: planFile() });
    expect(without.ok ? "" : without.message).toContain("outside the plan's folder");
    const escape = await resolveLogo("../../outside/secret.png", { planFile: planFile(), root: path.join(root, "pf") });
    expect(escape.ok).toBe(false);
  });

  it("a symlink pointing outside is refused", async () => {
    const result = await resolveLogo("logos/link.png", { planFile: planFile(), root: path.join(root, "pf") });
    expect(result.ok ? "" : result.message).toContain("outside the plan's folder and the portfolio");
  });

  it("absolute paths are held to the same rule", async () => {
    const result = await resolveLogo(path.join(root, "outside", "secret.png"), { planFile: planFile() });
    expect(result.ok).toBe(false);
  });

  it("URLs are never fetched", async () => {
    for (const url of ["http://x.example/a.png", "https://x.example/a.png", "data:image/png;base64,AAAA", "file:///etc/passwd"]) {
      const result = await resolveLogo(url, { planFile: planFile() });
      expect(result.ok ? "" : result.message).toContain("is a URL");
    }
  });

  it("a missing file and a file that is not an image", async () => {
    const missing = await resolveLogo("logos/none.png", { planFile: planFile() });
    expect(missing.ok ? "" : missing.message).toContain("not found");
    const fake = await resolveLogo("logos/fake.png", { planFile: planFile() });
    expect(fake.ok ? "" : fake.message).toContain("not a PNG or JPEG");
  });
});
