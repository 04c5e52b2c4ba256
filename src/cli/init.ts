// `kamdeck init`: a commented plan skeleton that validates, carrying the
// method's guiding questions. Never overwrites an existing file.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Option } from "commander";
import type { Command } from "commander";
import { planSkeleton } from "../plan/skeleton/index.js";
import { EXIT_FAILED, EXIT_OK } from "./main.js";
import type { Writable } from "./diagnostics.js";

const HELP = `
The skeleton validates as written; its comments ask the method's questions for
each section (objectives, stakeholders, SWOT, solution, action plan, follow-up,
validation). Fill it in, then check it with kamdeck validate.

Examples:
  $ kamdeck init plans/maison-doree.yaml --account "Maison Dorée Distribution"
  $ kamdeck init northwind.yaml --lang en --account "Northwind Robotics"

Exit codes: 0 written, 1 the file exists or cannot be written, 2 usage error.`;

export interface InitOptions {
  lang: "fr" | "en";
  account?: string;
}

export async function initCommand(file: string, opts: InitOptions, deps: { stderr: Writable; today?: Date }): Promise<number> {
  const text = planSkeleton({ language: opts.lang, account: opts.account, today: deps.today ?? new Date(), fileName: file });
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    // "wx": fails if the file exists, with no window between a check and the write.
    await writeFile(file, text, { flag: "wx" });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "EEXIST" ? "the file already exists; kamdeck init never overwrites a file" : `cannot write it (${code ?? String(err)})`;
    deps.stderr.write(`kamdeck init: ${file}: ${reason}\n`);
    return EXIT_FAILED;
  }
  deps.stderr.write(`kamdeck init: wrote ${file}; fill it in, then run: kamdeck validate ${file}\n`);
  return EXIT_OK;
}

export function registerInit(program: Command, ctx: { exitCode: number }): void {
  program
    .command("init")
    .description("write a commented plan skeleton that validates")
    .argument("<file>", "the plan file to create (never overwritten)")
    .addOption(new Option("--lang <language>", "language of the comments and the deck").choices(["fr", "en"]).default("fr"))
    .option("--account <name>", "the client's name")
    .addHelpText("after", HELP)
    .action(async (file: string, opts: InitOptions) => {
      ctx.exitCode = await initCommand(file, opts, { stderr: process.stderr });
    });
}
