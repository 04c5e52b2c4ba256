// The real CLI on the real pipeline: determinism across -j, isolation of a bad
// plan, and no partial file under a final name after SIGKILL.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileCli, copySamples, isComplete, runCli } from "../batch/helpers/real-cli.js";
// @ts-expect-error: plain JavaScript module shared with the benchmark
import { generatePortfolio } from "../../scripts/bench/generate-portfolio.mjs";

let bin = "";
beforeAll(() => {
  bin = compileCli();
}, 180_000);

const manifestOf = (out: string) => JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8"));
const shas = (out: string) => Object.fromEntries(manifestOf(out).outputs.map((e: { file: string; sha256: string }) => [e.file, e.sha256]));

describe("real pipeline", () => {
  it("builds the samples to the same bytes with -j 1 and -j 2, and a plan alone to the same bytes as in the batch", async () => {
    const dir = copySamples();
    const one = await runCli(["build", "samples", "-o", "out1", "-j", "1"], { cwd: dir });
    expect(one.stderr).not.toMatch(/FAILED/);
    expect(one.code).toBe(0);
    const two = await runCli(["build", "samples", "-o", "out2", "-j", "2"], { cwd: dir });
    expect(two.code).toBe(0);
    expect(readFileSync(path.join(dir, "out2/manifest.json"), "utf8")).toBe(readFileSync(path.join(dir, "out1/manifest.json"), "utf8"));
    const alone = await runCli(["build", "samples/maison-doree.yaml", "-o", "out3"], { cwd: dir });
    expect(alone.code).toBe(0);
    const batch = shas(path.join(dir, "out1"));
    for (const [file, sha] of Object.entries(shas(path.join(dir, "out3")))) expect(batch[file]).toBe(sha);
    expect(Object.keys(batch).length).toBeGreaterThanOrEqual(32);
  }, 240_000);

  it("fails a broken plan with its position and exit 1, building the others", async () => {
    const dir = copySamples();
    writeFileSync(path.join(dir, "samples/portfolio/broken.yaml"), "plan: 1\nperiod: 2026-Q4\naccount:\n  name: [not, a, string]\n");
    const r = await runCli(["build", "samples/portfolio", "-o", "out", "-f", "pdf", "-a", "client"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FAILED samples\/portfolio\/broken\.yaml:4:\d+  account\.name/);
    const pdfs = readdirSync(path.join(dir, "out")).filter((f) => f.endsWith(".pdf"));
    expect(pdfs.length).toBe(6);
  }, 240_000);

  it("leaves no partial file under a final name when killed, and the next run completes the folder", async () => {
    const dir = copySamples();
    const portfolio = path.join(dir, "big");
    generatePortfolio(portfolio, { count: 16 });
    const out = path.join(dir, "out");
    const child = spawn(process.execPath, [bin, "build", portfolio, "-o", out, "-j", "2"], { cwd: dir, env: { ...process.env, CI: "1" }, stdio: "ignore" });
    const finals = () => (existsSync(out) ? readdirSync(out).filter((f) => /\.(pdf|pptx)$/.test(f) && !f.startsWith(".")) : []);
    const deadline = Date.now() + 120_000;
    while (finals().length < 3 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const survivors = finals();
    expect(survivors.length).toBeGreaterThan(0);
    expect(survivors.length).toBeLessThan(64);
    for (const f of survivors) expect(await isComplete(path.join(out, f)), f).toBe(true);
    const before = Object.fromEntries(survivors.map((f) => [f, readFileSync(path.join(out, f))]));

    const rerun = await runCli(["build", portfolio, "-o", out, "-j", "2"], { cwd: dir });
    expect(rerun.code).toBe(0);
    const after = readdirSync(out);
    expect(after.filter((f) => f.startsWith(".kamdeck-tmp-"))).toEqual([]);
    expect(after.filter((f) => /\.(pdf|pptx)$/.test(f) && !f.startsWith("."))).toHaveLength(64);
    // Whatever survived the kill is byte for byte what a full build writes.
    for (const [f, bytes] of Object.entries(before)) expect(readFileSync(path.join(out, f)).equals(bytes), f).toBe(true);
  }, 300_000);
});
