// The batch runner's own vocabulary. Everything here crosses the worker-thread
// boundary (structured clone), so it is plain data: no classes, no functions.
import type { Audience } from "../view/types.js";

export type { Audience };
export type DeckFormat = "pptx" | "pdf";
/** What one output file is: a deck format, or the `--dump-layout` JSON. */
export type OutputKind = DeckFormat | "layout";

/** Build options that change output bytes, so they are part of every input hash. */
export interface BatchOptions {
  formats: DeckFormat[];
  audiences: Audience[];
  /** `-t`: a theme name or folder; overrides the plan's and portfolio.yaml's. */
  theme?: string;
  dumpLayout: boolean;
  /** SOURCE_DATE_EPOCH (seconds); when absent each plan's period gives its timestamp. */
  sourceDateEpoch?: number;
}

/** One plan of the portfolio, as discovered. */
export interface PlanJob {
  /** Absolute path of the plan file. */
  file: string;
  /** Absolute folder of the portfolio the plan belongs to. */
  root: string;
  /**
   * The plan's path inside its portfolio (forward slashes): relative to the
   * folder holding portfolio.yaml, else to the folder named on the command
   * line. Chooses the plan's shard, so it must not depend on the machine.
   */
  portfolioPath: string;
  /** Absolute path of the portfolio.yaml whose defaults apply, if any. */
  portfolioFile?: string;
  /** Parsed portfolio.yaml defaults (opaque to the runner, handed back to the pipeline). */
  defaults?: unknown;
  options: BatchOptions;
  /** `--debug`: failures carry the stack trace of internal errors. */
  debug?: boolean;
}

/** What a pipeline's scan says about a plan before anything is built. */
export type ScanResult =
  | {
      ok: true;
      account: string;
      period: string;
      /** Files and folders (absolute) the outputs depend on besides the plan and portfolio.yaml: theme folder, logo. */
      inputs: string[];
      warnings: string[];
      /** One-line reminder printed once (client deck built from an unvalidated plan). */
      reminder?: string;
    }
  | { ok: false; errors: string[]; warnings: string[] };

/** One output the build phase must produce. */
export interface OutputRequest {
  audience: Audience;
  kind: OutputKind;
  /** Absolute final path. */
  path: string;
}

export interface RenderedOutput {
  audience: Audience;
  kind: OutputKind;
  bytes: Uint8Array;
}

export interface BuildInput {
  job: PlanJob;
  /** Seconds since the epoch pinned into the outputs. */
  timestamp: number;
  requests: Array<{ audience: Audience; kind: OutputKind }>;
}

/**
 * The injectable pipeline: the real one (src/batch/real-pipeline.ts) wraps
 * loadPlanFile -> buildDeck; tests inject fakes. A worker imports it by URL, so
 * it must be an ES module exporting `scan` and `build`.
 */
export interface Pipeline {
  scan(job: PlanJob): Promise<ScanResult>;
  /** Returns the bytes of every requested output; throws to fail the plan. */
  build(input: BuildInput): Promise<RenderedOutput[]>;
}

/** A file the build phase wrote. */
export interface WrittenFile {
  audience: Audience;
  kind: OutputKind;
  path: string;
  size: number;
  sha256: string;
}
