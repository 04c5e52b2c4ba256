import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanTempLeftovers, prepareOutputFolder, TEMP_PREFIX, writeFileAtomic } from "../../src/batch/atomic-write.js";
import { OutputFolderError, OutputWriteError } from "../../src/batch/errors.js";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "kamdeck-atomic-"));

describe("writeFileAtomic", () => {
  it("replaces the file whole and leaves no temp file", async () => {
    const dir = tmp();
    const file = path.join(dir, "deck.pdf");
    writeFileSync(file, "old");
    await writeFileAtomic(file, new TextEncoder().encode("new bytes"));
    expect(readFileSync(file, "utf8")).toBe("new bytes");
    expect(readdirSync(dir)).toEqual(["deck.pdf"]);
  });

  it("throws a typed error naming the file when the folder is gone", async () => {
    const file = path.join(tmp(), "missing", "deck.pdf");
    const err = await writeFileAtomic(file, new Uint8Array([1])).catch((e) => e);
    expect(err).toBeInstanceOf(OutputWriteError);
    expect(err.message).toContain(file);
    expect(err.code).toBe("ENOENT");
  });
});

describe("cleanTempLeftovers", () => {
  it("removes temps of dead processes, keeps this process's and other files", async () => {
    const dir = tmp();
    const dead = `${TEMP_PREFIX}999999999-aa-x.pdf`;
    const mine = `${TEMP_PREFIX}${process.pid}-bb-y.pdf`;
    for (const f of [dead, mine, "keep.pdf"]) writeFileSync(path.join(dir, f), "x");
    expect(await cleanTempLeftovers(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([mine, "keep.pdf"].sort());
  });
});

describe("cleanTempLeftovers and killed runs", () => {
  // A process killed with -9 whose parent does not reap it stays a zombie, which
  // signal 0 still reaches: here `sh` starts `sleep 30` and then becomes
  // `sleep 31`, which never waits for its child.
  it.skipIf(!existsSync("/proc/self/stat"))("removes the temps of a killed run that is still a zombie", async () => {
    const parent = spawn("sh", ["-c", "sleep 30 & echo $!; exec sleep 31"], { stdio: ["ignore", "pipe", "ignore"] });
    try {
      const pid = Number((await once(parent.stdout!, "data"))[0].toString().trim());
      process.kill(pid, "SIGKILL");
      const state = () => readFileSync(`/proc/${pid}/stat`, "latin1").split(") ")[1]?.[0];
      for (let i = 0; i < 100 && state() !== "Z"; i++) await new Promise((r) => setTimeout(r, 20));
      expect(state()).toBe("Z");
      const dir = tmp();
      const left = `${TEMP_PREFIX}${pid}-cc-z.pdf`;
      writeFileSync(path.join(dir, left), "x");
      expect(await cleanTempLeftovers(dir)).toBe(1);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      parent.kill("SIGKILL");
    }
  });

  it("keeps the temps of a live process", async () => {
    const child = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      const dir = tmp();
      const live = `${TEMP_PREFIX}${child.pid}-dd-w.pdf`;
      writeFileSync(path.join(dir, live), "x");
      expect(await cleanTempLeftovers(dir)).toBe(0);
      expect(readdirSync(dir)).toEqual([live]);
    } finally {
      child.kill("SIGKILL");
    }
  });
});

describe("prepareOutputFolder", () => {
  it("creates missing folders", async () => {
    const dir = path.join(tmp(), "a", "b");
    await prepareOutputFolder(dir);
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a path below a regular file with a clear error", async () => {
    const file = path.join(tmp(), "plain-file");
    writeFileSync(file, "x");
    const err = await prepareOutputFolder(path.join(file, "out")).catch((e) => e);
    expect(err).toBeInstanceOf(OutputFolderError);
    expect(err.message).toMatch(/not a folder/);
  });

  // Node's recursive mkdir retries forever where procfs answers ENOENT: this used to hang.
  it.skipIf(!existsSync("/proc/self"))("gives up at once where a folder cannot be created (procfs)", async () => {
    const err = await prepareOutputFolder("/proc/kamdeck-out/decks").catch((e) => e);
    expect(err).toBeInstanceOf(OutputFolderError);
    expect(err.message).toMatch(/cannot create it here|permission denied|not writable/);
  });
});
