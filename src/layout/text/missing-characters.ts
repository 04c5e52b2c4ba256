// Text no font of the theme can draw must fail loudly, naming the characters and
// the plan field, rather than render as empty boxes in the PDF.
import type { FontStack, FontStyle } from "../../fonts/index.js";

export class MissingCharactersError extends Error {
  override name = "MissingCharactersError";
  constructor(
    /** YAML path of the field, e.g. `actions[3].title`. */
    readonly field: string,
    readonly characters: string[],
  ) {
    const list = characters.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
    super(`${field}: no font of the theme can draw ${list}; remove them or add a fallback font package to the theme`);
  }
}

/** The error to throw for `text` in `field`, or undefined when every character can be drawn. */
export function missingCharactersError(stack: FontStack, text: string, field: string, style?: FontStyle): MissingCharactersError | undefined {
  if (stack.canDrawAll(text, style)) return undefined;
  const missing = stack.missing(text, style);
  return missing.length > 0 ? new MissingCharactersError(field, missing) : undefined;
}
