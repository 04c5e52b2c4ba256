// The default theme's font stack, shared by the text tests.
import { getFontStack } from "../../../src/fonts/index.js";

export const stack = getFontStack({ face: "Calibri", twin: "@fontsource/carlito", fallbacks: ["@fontsource/noto-sans-sc"] });
export const widthIn = (text: string, size: number, bold = false) => stack.measure(text, { size, bold }) / 72;
