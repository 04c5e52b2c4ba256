// Nothing half-written under a final name: write to a temporary name in the
// same folder, fsync, then rename (atomic within one file system). A kill at
// any moment leaves either the old file, the new file, or a temp leftover that
// the next run removes.
import { randomBytes } from "node:crypto";
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { OutputFolderError, OutputWriteError } from "./errors.js";

export const TEMP_PREFIX = ".kamdeck-tmp-";

function tempPathFor(file: string): string {
  const rnd = randomBytes(6).toString("hex");
  return path.join(path.dirname(file), `${TEMP_PREFIX}${process.pid}-${rnd}-${path.basename(file)}`);
}

function describeWriteError(file: string, err: NodeJS.ErrnoException): string {
  const why: Record<string, string> = {
    ENOSPC: "the disk is full",
    EDQUOT: "the disk quota is exhausted",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "the file system is read-only",
    ENOENT: "the folder disappeared",
  };
  return `cannot write ${file}: ${why[err.code ?? ""] ?? err.message}`;
}

export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = tempPathFor(file);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, "wx", 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const e = err as NodeJS.ErrnoException;
    throw new OutputWriteError(file, e.code, describeWriteError(file, e));
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/**
 * A killed run stays a zombie until its parent reaps it, and signal 0 still
 * reaches a zombie: under a container init that reaps late or never, a run
 * killed with -9 and started again at once kept the dead run's temp files.
 * Linux says so in /proc/<pid>/stat (state Z, or X while it goes); elsewhere
 * the answer stays "alive", the safe side.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    // "pid (command) state ...": the command may hold spaces and parentheses, the state follows the last ")".
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state === "Z" || state === "X";
  } catch {
    return false;
  }
}

/** Removes temp files left by killed runs; a live process's temps are left alone. Returns how many. */
export async function cleanTempLeftovers(dir: string): Promise<number> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const pid = Number(name.slice(TEMP_PREFIX.length).split("-")[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) continue;
    await fs.rm(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/** Creates the output folder and proves it is writable before any work starts. */
/**
 * Creates the missing levels of `dir` one by one. Node's recursive mkdir retries
 * forever on a file system that answers ENOENT for a folder it cannot create
 * (procfs: `-o /proc/x` spun at 100 % CPU), so each level is made once.
 */
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!(await fs.lstat(at).then(() => true, () => false))) {
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const level of missing) await fs.mkdir(level).catch((e: NodeJS.ErrnoException) => (e.code === "EEXIST" ? undefined : Promise.reject(e)));
}

export async function prepareOutputFolder(dir: string, shownAs: string = dir): Promise<void> {
  try {
    await makeFolders(dir);
    const probe = tempPathFor(path.join(dir, "probe"));
    await fs.writeFile(probe, "");
    await fs.rm(probe);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === "EACCES" || e.code === "EPERM" ? "permission denied"
      : e.code === "EROFS" ? "read-only file system"
      : e.code === "ENOTDIR" || e.code === "EEXIST" ? "not a folder"
      : e.code === "ENOSPC" ? "the disk is full"
      : e.code === "ENOENT" ? "cannot create it here"
      : e.message;
    throw new OutputFolderError(`output folder ${shownAs} is not writable: ${why}`);
  }
}
