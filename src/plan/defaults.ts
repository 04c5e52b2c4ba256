// Portfolio defaults (portfolio.yaml) under a plan's own values: applied to the
// raw YAML value BEFORE validation, so a plan that omits `period` is valid in a
// portfolio that sets it, and a plan's own values always win.
import type { PortfolioDefaults } from "./schema.js";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The plan's raw value with the defaults it does not override filled in. */
export function applyDefaults(raw: unknown, defaults: PortfolioDefaults | undefined): unknown {
  if (!defaults || !isRecord(raw)) return raw;
  const out: Record<string, unknown> = { ...raw };
  for (const key of ["language", "period", "currency", "theme"] as const) {
    if (out[key] === undefined && defaults[key] !== undefined) out[key] = defaults[key];
  }
  if (defaults.team) {
    // The team merges field by field: a plan may name its own owner and keep the portfolio's members.
    const own = isRecord(out.team) ? out.team : out.team === undefined ? {} : undefined;
    if (own) {
      const team: Record<string, unknown> = { ...own };
      if (team.owner === undefined && defaults.team.owner) team.owner = defaults.team.owner;
      if (team.members === undefined && defaults.team.members) team.members = defaults.team.members;
      out.team = team;
    }
  }
  return out;
}
