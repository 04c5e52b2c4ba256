// Typed errors of the batch layer; src/cli turns them into messages and exit codes.

/** A bad option value or argument: the CLI exits with the usage code. */
export class BatchUsageError extends Error {
  override name = "BatchUsageError";
}

/** The output folder cannot be used at all (missing rights, not a folder). */
export class OutputFolderError extends Error {
  override name = "OutputFolderError";
}

/** Writing one output failed (disk full, permissions...); fails that plan only. */
export class OutputWriteError extends Error {
  override name = "OutputWriteError";
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** Two manifests list the same output. */
export class ManifestMergeError extends Error {
  override name = "ManifestMergeError";
}
