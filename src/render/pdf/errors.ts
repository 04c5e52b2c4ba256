// Typed errors of the PDF renderer; only the CLI turns them into messages and exit codes.

/** Text holds characters no font of the stack can draw: never embed silent empty boxes. */
export class PdfMissingGlyphsError extends Error {
  override readonly name = "PdfMissingGlyphsError";
  constructor(
    readonly characters: string[],
    readonly text: string,
  ) {
    super(`no font of the theme's stack draws ${characters.map((c) => JSON.stringify(c)).join(", ")} (in ${JSON.stringify(text)})`);
  }
}

/** pdfkit failed while writing the document. */
export class PdfRenderError extends Error {
  override readonly name = "PdfRenderError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
