export { getFontStack } from "./get-font-stack.js";
export { createFontStack } from "./font-stack.js";
export { FontError, type FontErrorCode } from "./errors.js";
export type { FontFile, FontSegment, FontStack, FontStyle, FontsConfig } from "./types.js";
