// Client logos: local PNG or JPEG files only, resolved relative to the plan file
// and confined (after resolving symlinks) to the plan's folder or its portfolio
// root. Nothing is ever fetched, and a plan cannot make the deck embed an
// arbitrary file of the machine that builds it.
import { closeSync, openSync, readSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";

export type ImageMime = "image/png" | "image/jpeg";

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** The image type by its magic bytes (never by its extension), or undefined. */
export function sniffImage(file: string): ImageMime | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const head = Buffer.alloc(8);
    const read = readSync(fd, head, 0, 8, 0);
    const starts = (magic: number[]) => read >= magic.length && magic.every((b, i) => head[i] === b);
    if (starts(PNG_MAGIC)) return "image/png";
    if (starts(JPEG_MAGIC)) return "image/jpeg";
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export type LogoResult = { ok: true; path: string; mime: ImageMime } | { ok: false; message: string };

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** Resolves and checks `account.logo`; `root` is the portfolio root when there is one. */
export async function resolveLogo(logo: string, opts: { planFile: string; root?: string }): Promise<LogoResult> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(logo) && !/^[a-z]:[\\/]/i.test(logo)) {
    return { ok: false, message: `\`${logo}\` is a URL: kamdeck never fetches anything; give the path of a local PNG or JPEG file` };
  }
  const planDir = path.dirname(path.resolve(opts.planFile));
  const wanted = path.resolve(planDir, logo);
  let real: string;
  try {
    real = await realpath(wanted);
  } catch {
    return { ok: false, message: `logo file not found: ${logo} (paths are relative to the plan file)` };
  }
  const allowed = [planDir, ...(opts.root ? [path.resolve(opts.root)] : [])];
  const realAllowed = await Promise.all(allowed.map((dir) => realpath(dir).catch(() => dir)));
  if (!realAllowed.some((dir) => isInside(real, dir))) {
    return { ok: false, message: `logo \`${logo}\` is outside the plan's folder${opts.root ? " and the portfolio" : ""}: keep logos beside the plans` };
  }
  const mime = sniffImage(real);
  if (!mime) return { ok: false, message: `logo \`${logo}\` is not a PNG or JPEG image` };
  return { ok: true, path: real, mime };
}
