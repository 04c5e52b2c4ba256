// One stack per theme font configuration per process: parsing font files is the
// expensive part and a batch lays out hundreds of decks with the same theme.
import { createFontStack } from "./font-stack.js";
import { memoizeStack } from "./stack-memo.js";
import type { FontsConfig, FontStack } from "./types.js";

const stacks = new Map<string, FontStack>();

export function getFontStack(fonts: FontsConfig): FontStack {
  const id = JSON.stringify([fonts.face, fonts.twin, fonts.fallbacks]);
  let stack = stacks.get(id);
  if (!stack) {
    stack = memoizeStack(createFontStack(fonts));
    stacks.set(id, stack);
  }
  return stack;
}
