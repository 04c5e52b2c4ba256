// Typed failures of the PPTX backend; the CLI decides how to report them.

/** The layout handed to the renderer cannot be written (a bug upstream or an unreadable image). */
export class PptxRenderError extends Error {
  override readonly name = "PptxRenderError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
