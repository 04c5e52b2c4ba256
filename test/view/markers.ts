// Shared by the view and deck tests: the markers fixture, parsed without the loader.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { Plan } from "../../src/plan/schema.js";

export const MARKERS_FILE = fileURLToPath(new URL("../fixtures/markers.yaml", import.meta.url));

export function loadMarkersPlan(): Plan {
  return Plan.parse(parse(readFileSync(MARKERS_FILE, "utf8"), { version: "1.2", schema: "core" }));
}

/** Every MARKER-... string written in the fixture. */
export function markersInFixture(): string[] {
  const text = readFileSync(MARKERS_FILE, "utf8").replace(/^\s*#.*$/gm, "");
  return [...new Set(text.match(/MARKER-[a-z0-9-]+/g) ?? [])];
}
