// Typed errors of the font stack; only src/cli turns them into messages and exit codes.

export type FontErrorCode = "package-not-found" | "bad-package" | "unknown-key" | "unreadable-file";

export class FontError extends Error {
  override name = "FontError";
  constructor(
    readonly code: FontErrorCode,
    message: string,
    /** The npm package or file concerned. */
    readonly subject: string,
  ) {
    super(message);
  }
}
