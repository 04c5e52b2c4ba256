// Placeholder layouts for slide kinds whose layout is still being written: they
// fail loudly with the kind's name rather than dropping the slide silently.
import type { SlideLayout } from "./types.js";

export function pendingLayout(kind: string): () => SlideLayout[] {
  return () => {
    throw new Error(`layout for ${kind} not implemented yet`);
  };
}
