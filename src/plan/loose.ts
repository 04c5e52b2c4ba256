// Reading loosely typed data (a plan that may have failed its schema) without
// trusting its shape: wrong types read as absent, list indices are kept.

export function record(v: unknown): Record<string, unknown> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The items of a list of mappings; a non-mapping item reads as undefined, keeping indices. */
export function entries(v: unknown): Array<Record<string, unknown> | undefined> {
  return list(v).map(record);
}

export function text(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
