// Placeholder layouts for slide kinds whose layout is still being written: they
// fail loudly with the kind's name rather than dropping the slide silently.
import type { SlideLayout } from "./types.js";

/** Kinds still on a placeholder, so tests can leave those slides out instead of failing on them. */
export const pendingKinds = new Set<string>();

export function pendingLayout(kind: string): () => SlideLayout[] {
  pendingKinds.add(kind);
  return () => {
    throw new Error(`layout for ${kind} not implemented yet`);
  };
}
