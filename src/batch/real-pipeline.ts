// The real pipeline as the batch runner's injectable module: load the plan,
// resolve its theme, then buildDeck once per audience. A worker imports this
// module once, so the theme cache and everything the stages cache (font stack,
// measurements) live as long as the worker.
import { existsSync } from "node:fs";
import path from "node:path";
import { buildDeck, type Format } from "../build-deck.js";
import { validationReminder } from "../deck/validation-reminder.js";
import { formatDiagnostic, loadPlanFile, type Diagnostic } from "../plan/load.js";
import type { Plan, PortfolioDefaults } from "../plan/schema.js";
import { loadTheme } from "../theme/load.js";
import { toView } from "../view/to-view.js";
import { MissingCharactersError } from "../layout/text/missing-characters.js";
import { placeField } from "../plan/place-field.js";
import { readFile } from "node:fs/promises";
import { looksLikePath } from "./theme-option.js";
import type { BuildInput, PlanJob, RenderedOutput, ScanResult } from "./types.js";

type ThemeLoad = Awaited<ReturnType<typeof loadTheme>>;
const themes = new Map<string, Promise<ThemeLoad>>();

// Loading a plan (safe YAML parse, schema, rules) costs as much as rendering a
// slide or two, and every plan is scanned before it is built: keep what the
// scan loaded for the build (the pool sends a plan's build to the worker that
// scanned it when it can). Bounded, so a huge portfolio cannot fill memory.
const MAX_CACHED_PLANS = 256;
const scanned = new Map<string, Promise<Loaded>>();
type Loaded = Awaited<ReturnType<typeof loadJob>>;

function remember(file: string, loaded: Promise<Loaded>): void {
  scanned.delete(file);
  scanned.set(file, loaded);
  if (scanned.size > MAX_CACHED_PLANS) scanned.delete(scanned.keys().next().value!);
}

/** The plan as the scan saw it (consistent with the input hash computed then), else a fresh load. */
function takeLoaded(job: PlanJob): Promise<Loaded> {
  const cached = scanned.get(job.file);
  scanned.delete(job.file);
  return cached ?? loadJob(job);
}

/** Diagnostics print with the plan's path relative to the working directory, like the rest of the CLI. */
function format(d: Diagnostic): string {
  const file = path.isAbsolute(d.file) ? path.relative(process.cwd(), d.file) || d.file : d.file;
  return formatDiagnostic({ ...d, file: file.split(path.sep).join("/") });
}

/** `-t` wins (resolved by the CLI); then the plan's or portfolio.yaml's `theme`, a path resolving against the plan, then the portfolio root. */
export function themeSpec(job: PlanJob, plan: Plan): string {
  if (job.options.theme) return job.options.theme;
  const spec = plan.theme ?? "default";
  if (!looksLikePath(spec) || path.isAbsolute(spec)) return spec;
  const besidePlan = path.resolve(path.dirname(job.file), spec);
  return existsSync(besidePlan) ? besidePlan : path.resolve(job.root, spec);
}

function cachedTheme(spec: string): Promise<ThemeLoad> {
  let t = themes.get(spec);
  if (!t) {
    t = loadTheme(spec);
    themes.set(spec, t);
  }
  return t;
}

async function loadJob(job: PlanJob) {
  const loaded = await loadPlanFile(job.file, { defaults: job.defaults as PortfolioDefaults | undefined, root: job.root });
  if (!loaded.ok) return { ok: false as const, errors: loaded.errors.map(format), warnings: loaded.warnings.map(format) };
  const theme = await cachedTheme(themeSpec(job, loaded.plan));
  if (!theme.ok) return { ok: false as const, errors: theme.errors.map(format), warnings: loaded.warnings.map(format) };
  return { ok: true as const, plan: loaded.plan, theme, warnings: loaded.warnings.map(format) };
}

export async function scan(job: PlanJob): Promise<ScanResult> {
  const pending = loadJob(job);
  const loaded = await pending;
  if (!loaded.ok) return loaded;
  remember(job.file, pending);
  const { plan, theme } = loaded;
  const reminder = job.options.audiences.includes("client")
    ? validationReminder(toView(plan, "client", { planFile: job.file }))
    : undefined;
  return {
    ok: true,
    account: plan.account.name,
    period: plan.period,
    inputs: [theme.dir, ...(plan.account.logo ? [plan.account.logo] : [])],
    warnings: loaded.warnings,
    ...(reminder ? { reminder } : {}),
  };
}

/** A layout error about a plan field, placed in the file like the loader's errors: `file:line:col  field  message`. */
async function positioned(file: string, err: MissingCharactersError): Promise<Error> {
  const message = err.message.startsWith(`${err.field}: `) ? err.message.slice(err.field.length + 2) : err.message;
  const bytes = await readFile(file).catch(() => undefined);
  const d = bytes && placeField(bytes, file, err.field, message);
  return d ? new Error(format(d)) : err;
}

/** The dumped layout names images relative to the plan, so it is the same in every checkout. */
function portableImagePaths(planFile: string) {
  return (key: string, value: unknown) =>
    key === "path" && typeof value === "string" && path.isAbsolute(value)
      ? path.relative(path.dirname(planFile), value).split(path.sep).join("/")
      : value;
}

export async function build(input: BuildInput): Promise<RenderedOutput[]> {
  const loaded = await takeLoaded(input.job);
  if (!loaded.ok) throw new Error(loaded.errors[0] ?? "the plan no longer loads");
  const outputs: RenderedOutput[] = [];
  const audiences = [...new Set(input.requests.map((r) => r.audience))];
  for (const audience of audiences) {
    const kinds = input.requests.filter((r) => r.audience === audience).map((r) => r.kind);
    const built = await buildDeck({
      plan: loaded.plan,
      planFile: input.job.file,
      theme: loaded.theme.theme,
      themeDir: loaded.theme.dir,
      audience,
      formats: kinds.filter((k): k is Format => k !== "layout"),
      timestamp: input.timestamp,
    }).catch(async (err: unknown) => {
      throw err instanceof MissingCharactersError ? await positioned(input.job.file, err) : err;
    });
    for (const kind of kinds) {
      const bytes = kind === "layout"
        ? new TextEncoder().encode(JSON.stringify(built.layout, portableImagePaths(input.job.file), 2) + "\n")
        : built.files[kind];
      if (!bytes) throw new Error(`buildDeck returned no ${kind}`);
      outputs.push({ audience, kind, bytes });
    }
  }
  return outputs;
}
