import type { Font } from "fontkit";

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
}

/** One font file of a @fontsource package, parsed once per process. */
export interface FontFile {
  /** Stable name, e.g. `carlito-latin-700-normal`; also the name the PDF registers it under. */
  key: string;
  /** Absolute path of the .woff file. */
  path: string;
  font: Font;
}

/** A run of text drawn by one file. `text` is what to draw with `file` (see drawable-text.ts). */
export interface FontSegment {
  text: string;
  key: string;
  file: FontFile;
}

export interface FontStack {
  /** The font the PPTX names (e.g. "Calibri"). */
  face: string;
  /** Splits text into runs by the file that draws each character. */
  segment(text: string, style?: FontStyle): FontSegment[];
  /** Advance width in points, without kerning (PowerPoint does not kern body text by default). */
  measure(text: string, style: FontStyle & { size: number }): number;
  /** Characters no file of the stack can draw, each listed once, in order of appearance. */
  missing(text: string, style?: FontStyle): string[];
  /**
   * True when `missing(text, style)` is certainly empty; false when it may not be
   * (then ask missing()). Remembers nothing: for the one-off texts of a final check.
   */
  canDrawAll(text: string, style?: FontStyle): boolean;
  /** Twin's hhea ascent at `size`, points. */
  ascent(size: number): number;
  /** Twin's hhea descent at `size`, points, positive. */
  descent(size: number): number;
  /** Twin's hhea line gap at `size`, points. */
  lineGap(size: number): number;
  /** The file behind a segment key (parsed on first use). Throws FontError for an unknown key. */
  fontFor(key: string): FontFile;
}

/** The theme's `fonts` block. */
export interface FontsConfig {
  face: string;
  twin: string;
  fallbacks: string[];
}
