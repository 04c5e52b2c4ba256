// What every slide layout receives: the theme, the measured font stack, the
// deck's page furniture, the grid and a warning sink. Slide layouts are pure
// functions of (semantic slide, LayoutContext) -> SlideLayout[].
import type { DeckInfo } from "../deck/types.js";
import type { Theme } from "../theme/schema.js";
import type { LayoutWarning, TextPrimitive } from "./types.js";
import { makeGrid, type Grid } from "./grid.js";
import { getFontStack, makeTextPrimitive, type FontStack, type TextPrimitiveInput, type TextBoxResult } from "./text-kit.js";
import { withFields } from "./with-fields.js";

/** Text box input with the theme's defaults filled in by `ctx.text`. */
export type TextInput = Omit<TextPrimitiveInput, "color" | "fontFace" | "minSize" | "padding" | "size"> & {
  color?: string;
  /** Points; default the theme's body size. */
  size?: number;
  minSize?: number;
  /** Inches; default 0.06. */
  padding?: number;
  /** Wording of the warning when the text had to be cut ("text shortened to fit the SWOT quadrant"). */
  where?: string;
};

export interface LayoutContext {
  theme: Theme;
  /** Absolute folder of the theme: its logo resolves against it. */
  themeDir: string;
  fonts: FontStack;
  info: DeckInfo;
  grid: Grid;
  /** Records a warning naming the plan's YAML field; ends in DeckLayout.warnings. */
  warn(field: string, message: string): void;
  /** Lays out a text box with the theme's font, colour and sizes; warns when it was cut. */
  text(input: TextInput): { primitive: TextPrimitive; result: TextBoxResult };
}

/** Default inner padding of text boxes (inches). */
export const TEXT_PADDING = 0.06;

export function createLayoutContext(opts: { theme: Theme; themeDir: string; info: DeckInfo; warnings: LayoutWarning[] }): LayoutContext {
  const { theme, themeDir, info, warnings } = opts;
  const fonts = getFontStack(theme.fonts);
  const warn = (field: string, message: string): void => {
    if (!warnings.some((w) => w.field === field && w.message === message)) warnings.push({ field, message });
  };
  return { theme, themeDir, fonts, info, grid: makeGrid(theme), warn, text: textWithWarnings(theme, fonts, warn) };
}

/** The same context whose warnings also go to `listen` (the slide memo records what a slide warned about). */
export function listeningContext(ctx: LayoutContext, listen: (field: string, message: string) => void): LayoutContext {
  const warn = (field: string, message: string): void => {
    listen(field, message);
    ctx.warn(field, message);
  };
  return withFields(ctx, { warn, text: textWithWarnings(ctx.theme, ctx.fonts, warn) });
}

function textWithWarnings(theme: Theme, fonts: FontStack, warn: LayoutContext["warn"]): LayoutContext["text"] {
  return (input) => {
    // Field by field rather than a spread of `input`: every box then has one object
    // shape, which keeps the text engine's property reads fast (callers build their
    // inputs in dozens of shapes).
    const out = makeTextPrimitive(fonts, {
      paragraphs: input.paragraphs,
      x: input.x,
      y: input.y,
      w: input.w,
      h: input.h,
      padding: input.padding ?? TEXT_PADDING,
      size: input.size ?? theme.sizes.body,
      minSize: Math.max(input.minSize ?? theme.sizes.min, theme.sizes.min),
      bold: input.bold,
      italic: input.italic,
      bulletIndent: input.bulletIndent,
      maxLinesPerParagraph: input.maxLinesPerParagraph,
      ellipsis: input.ellipsis,
      color: input.color ?? theme.colors.text,
      fontFace: theme.fonts.face,
      align: input.align,
      valign: input.valign,
      role: input.role,
      field: input.field,
      fill: input.fill,
      radius: input.radius,
    });
    if (out.result.truncated && input.field) warn(input.field, `text shortened to fit ${input.where ?? "its box"}`);
    return out;
  };
}
