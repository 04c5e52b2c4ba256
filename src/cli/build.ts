// `kamdeck build`: the portfolio batch runner's command. Parses and checks
// options (usage errors exit 2), discovers plans, picks the shard, runs the
// batch in-process or on worker threads, prints progress and the summary.
import path from "node:path";
import type { Command } from "commander";
import { parseBuildOptions, type RawBuildOptions } from "../batch/build-options.js";
import { discoverJobs } from "../batch/discover-jobs.js";
import { BatchUsageError, OutputFolderError, OutputWriteError } from "../batch/errors.js";
import { chooseExecutor } from "../batch/executor.js";
import { chooseReporter, type ProgressStream } from "../batch/progress.js";
import { runBatch } from "../batch/run-batch.js";
import { inShard } from "../batch/shard.js";
import { summaryText } from "../batch/summary-text.js";
import { resolveThemeOption } from "../batch/theme-option.js";
import type { Pipeline } from "../batch/types.js";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./main.js";

export interface BuildCommandDeps {
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** `--debug`: stack traces of internal errors in plan failures. */
  debug?: boolean;
  /** Tests inject a fake pipeline module (URL); the default is the real one. */
  pipelineModule?: string;
  workerUrl?: URL;
}

const HELP_EXAMPLES = `
Output names: <out>/<account-slug>-<period>-<audience>.<pptx|pdf>, plus <out>/manifest.json
(manifest-<k>-of-<n>.json with --shard). Unchanged outputs are skipped; --force rebuilds.

Examples:
  $ kamdeck build samples/maison-doree.yaml
  $ kamdeck build portfolio/ -o decks -f pdf -a client
  $ kamdeck build portfolio/ -j 4 --json > summary.json
  $ kamdeck build portfolio/ --shard 2/8 -o decks/shard-2
  $ SOURCE_DATE_EPOCH=1798675200 kamdeck build plan.yaml --dump-layout

Exit codes: 0 all built or unchanged, 1 some plans failed (the others are written), 2 usage error.`;

export function registerBuild(program: Command, ctx: { exitCode: number }): void {
  program
    .command("build")
    .description("build the decks of one or more plans or portfolio folders")
    .argument("<paths...>", "plan files or portfolio folders")
    .option("-o, --out <dir>", "output folder", "out")
    .option("-f, --format <list>", "formats, comma-separated: pptx,pdf", "pptx,pdf")
    .option("-a, --audience <list>", "audiences, comma-separated: internal,client", "internal,client")
    .option("-t, --theme <name|path>", "theme name (a folder of the installed themes/) or path; overrides the plan's")
    .option("--dump-layout", "also write each deck's layout as <name>.layout.json")
    .option("-j, --jobs <n>", "worker threads (default: available CPUs; 1 builds in-process)")
    .option("--force", "rebuild outputs even when their inputs are unchanged")
    .option("--json", "print a machine-readable summary on stdout")
    .option("--shard <k/n>", "build only shard k of n (1-based), split by a hash of each plan's path")
    .addHelpText("after", HELP_EXAMPLES)
    .action(async (paths: string[], raw: RawBuildOptions, command: Command) => {
      const debug = Boolean(command.optsWithGlobals().debug);
      ctx.exitCode = await buildCommand(paths, raw, {
        stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), debug,
      });
    });
}

export async function buildCommand(paths: string[], raw: RawBuildOptions, deps: BuildCommandDeps): Promise<number> {
  const err = (line: string) => deps.stderr.write(`kamdeck build: ${line}\n`);
  let settings;
  try {
    if (paths.length === 0) throw new BatchUsageError("give at least one plan file or portfolio folder");
    settings = parseBuildOptions(raw, deps.env);
    if (settings.options.theme) {
      settings.options.theme = await resolveThemeOption(settings.options.theme, deps.cwd);
    }
  } catch (e) {
    if (e instanceof BatchUsageError) {
      err(e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
  const discovery = await discoverJobs(paths.map((p) => path.resolve(deps.cwd, p)), settings.options, deps.debug);
  for (const e of discovery.errors) deps.stderr.write(`FAILED ${e}\n`);
  const jobs = discovery.jobs.filter((j) => inShard(j.portfolioPath, settings.shard));
  if (discovery.jobs.length === 0 && discovery.errors.length === 0) {
    err(`no plans found in ${paths.join(" ")} (a plan is a .yaml/.yml file whose top level has plan: 1)`);
    return EXIT_FAILED;
  }
  const executor = await chooseExecutor({
    plans: jobs.length,
    concurrency: settings.concurrency,
    loadPipeline: async () => (await import(deps.pipelineModule ?? "../batch/real-pipeline.js")) as Pipeline,
    pool: { pipelineModule: deps.pipelineModule, workerUrl: deps.workerUrl },
  });
  try {
    const summary = await runBatch({
      jobs, outDir: settings.out, cwd: deps.cwd, force: settings.force, shard: settings.shard,
      executor, reporter: chooseReporter(deps.stderr, deps.env),
    });
    deps.stderr.write(summaryText(summary));
    const ok = summary.ok && discovery.errors.length === 0;
    if (settings.json) {
      deps.stdout.write(JSON.stringify({ ...summary, ok, discoveryErrors: discovery.errors }, null, 2) + "\n");
    }
    return ok ? EXIT_OK : EXIT_FAILED;
  } catch (e) {
    if (e instanceof OutputFolderError || e instanceof OutputWriteError) {
      err(e.message);
      return EXIT_FAILED;
    }
    throw e;
  } finally {
    await executor.close();
  }
}
