// `kamdeck schema`: the JSON Schema of the plan format, for editors (VS Code's
// YAML extension) and for other tools that produce plans.
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { planJsonSchemaText } from "../plan/json-schema.js";
import { EXIT_FAILED, EXIT_OK } from "./main.js";
import type { Writable } from "./diagnostics.js";

const HELP = `
Completion and checking while typing in VS Code (YAML extension by Red Hat):
write the schema beside your plans, then make this the first line of each plan:
  # yaml-language-server: $schema=./plan.schema.json

Examples:
  $ kamdeck schema -o plan.schema.json
  $ kamdeck schema > plan.schema.json

Exit codes: 0 written, 1 the file could not be written.`;

export async function schemaCommand(opts: { output?: string }, deps: { stdout: Writable; stderr: Writable }): Promise<number> {
  const text = planJsonSchemaText();
  if (!opts.output) {
    deps.stdout.write(text);
    return EXIT_OK;
  }
  try {
    await writeFile(opts.output, text);
    deps.stderr.write(`kamdeck schema: wrote ${opts.output}\n`);
    return EXIT_OK;
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? String(err);
    deps.stderr.write(`kamdeck schema: cannot write ${opts.output} (${reason})\n`);
    return EXIT_FAILED;
  }
}

export function registerSchema(program: Command, ctx: { exitCode: number }): void {
  program
    .command("schema")
    .description("print the JSON Schema of the plan format (for editor completion)")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText("after", HELP)
    .action(async (opts: { output?: string }) => {
      ctx.exitCode = await schemaCommand(opts, { stdout: process.stdout, stderr: process.stderr });
    });
}
