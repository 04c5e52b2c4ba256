// `<slug>-<period>-<audience>.<ext>`, and the rule that two plans never share one.
import path from "node:path";
import type { Audience, OutputKind } from "./types.js";

const EXTENSIONS: Record<OutputKind, string> = { pptx: "pptx", pdf: "pdf", layout: "layout.json" };

export function outputFileName(o: { slug: string; period: string; audience: Audience; kind: OutputKind }): string {
  return `${o.slug}-${o.period}-${o.audience}.${EXTENSIONS[o.kind]}`;
}

/** The stem every output of a plan shares; two plans with one stem would overwrite each other. */
export function outputStem(slug: string, period: string): string {
  return `${slug}-${period}`;
}

export interface NamedPlan {
  file: string;
  stem: string;
}

/** Maps each plan file that collides to the other files claiming its stem. */
export function findCollisions(plans: NamedPlan[]): Map<string, string[]> {
  const byStem = new Map<string, string[]>();
  for (const p of plans) byStem.set(p.stem, [...(byStem.get(p.stem) ?? []), p.file]);
  const collisions = new Map<string, string[]>();
  for (const files of byStem.values()) {
    if (files.length < 2) continue;
    for (const f of files) collisions.set(f, files.filter((o) => o !== f));
  }
  return collisions;
}

/** A path relative to `from`, with forward slashes so manifests read the same on every OS. */
export function portablePath(file: string, from: string): string {
  return path.relative(from, file).split(path.sep).join("/");
}

/** For messages: relative when below `from`, absolute otherwise (`../../tmp/out` reads worse than `/tmp/out`). */
export function displayPath(file: string, from: string): string {
  const rel = portablePath(file, from);
  return rel.startsWith("../") || rel === ".." ? path.resolve(file) : rel;
}
