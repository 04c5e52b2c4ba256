// `kamdeck manifest merge`: joins the manifests written by the shards of a
// `build --shard k/n` run into one, sorted; an output listed twice is an error.
import path from "node:path";
import type { Command } from "commander";
import { ManifestMergeError } from "../batch/errors.js";
import { mergeManifests, readManifest, serializeManifest, writeManifest } from "../batch/manifest.js";
import { EXIT_FAILED, EXIT_OK } from "./main.js";

export interface ManifestCommandDeps {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

export function registerManifest(program: Command, ctx: { exitCode: number }): void {
  const manifest = program.command("manifest").description("work with the manifest.json files that build writes");
  manifest
    .command("merge")
    .description("join the manifests of several shards (build --shard k/n) into one")
    .argument("<manifests...>", "manifest files to join")
    .option("-o, --out <file>", "write the merged manifest to this file (default: stdout)")
    .addHelpText("after", `
Example:
  $ kamdeck manifest merge decks/manifest-*-of-4.json -o decks/manifest.json

Exit codes: 0 merged, 1 unreadable manifest or an output listed twice.`)
    .action(async (files: string[], opts: { out?: string }) => {
      ctx.exitCode = await mergeCommand(files, opts, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
    });
}

export async function mergeCommand(files: string[], opts: { out?: string }, deps: ManifestCommandDeps): Promise<number> {
  try {
    const sources = await Promise.all(files.map(async (file) => ({ file, manifest: await readManifest(path.resolve(deps.cwd, file)) })));
    const merged = mergeManifests(sources);
    if (opts.out) {
      await writeManifest(path.resolve(deps.cwd, opts.out), merged);
      deps.stderr.write(`merged ${files.length} manifests, ${merged.outputs.length} outputs -> ${opts.out}\n`);
    } else {
      deps.stdout.write(serializeManifest(merged));
    }
    return EXIT_OK;
  } catch (e) {
    if (e instanceof ManifestMergeError || (e instanceof Error && e.name === "OutputWriteError")) {
      deps.stderr.write(`kamdeck manifest merge: ${e.message}\n`);
      return EXIT_FAILED;
    }
    throw e;
  }
}
