// The kamdeck command line. Each command lives in its own file and registers
// itself on the program; this is the only place (with the command files) that
// touches process exit codes. Exit codes: 0 ok, 1 plan errors / failed builds,
// 2 usage errors.
// First: the font packages imported below (through the commands) must find
// the zlib-backed inflater in the module cache.
import "../fonts/zlib-inflate-preload.js";
import { Command, CommanderError } from "commander";
import { registerValidate } from "./validate.js";
import { registerSchema } from "./schema.js";
import { registerInit } from "./init.js";
import { registerBuild } from "./build.js";
import { registerManifest } from "./manifest.js";
import { KAMDECK_VERSION } from "../version.js";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Builds the commander program. Commands set `ctx.exitCode`; nothing here calls process.exit. */
export function createProgram(ctx: { exitCode: number }): Command {
  const program = new Command();
  program
    .name("kamdeck")
    .description("Quarterly business review decks (PowerPoint and PDF) from key account plans written in YAML")
    .version(KAMDECK_VERSION)
    .option("--debug", "show stack traces of internal errors")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showSuggestionAfterError(true);
  registerValidate(program, ctx);
  registerSchema(program, ctx);
  registerInit(program, ctx);
  registerBuild(program, ctx);
  registerManifest(program, ctx);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const ctx = { exitCode: EXIT_OK };
  const program = createProgram(ctx);
  const debug = argv.includes("--debug");
  try {
    await program.parseAsync(argv);
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; everything else is a usage error.
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT_OK;
      return EXIT_USAGE;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`kamdeck: internal error: ${message}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + "\n");
    else process.stderr.write("Run again with --debug for details.\n");
    return EXIT_FAILED;
  }
}
