// Output file names come from the account name, folded to the one alphabet that
// every file system, URL and e-mail attachment survives: a-z, 0-9 and '-'.
import path from "node:path";

/** Letters NFKD does not decompose into an ASCII base letter. */
const SPECIAL_FOLDS: Record<string, string> = {
  ł: "l", Ł: "l", ß: "ss", ẞ: "ss", æ: "ae", Æ: "ae", œ: "oe", Œ: "oe",
  ø: "o", Ø: "o", đ: "d", Đ: "d", ð: "d", Ð: "d", þ: "th", Þ: "th",
  ı: "i", ħ: "h", Ħ: "h", ŀ: "l", Ŀ: "l", ŧ: "t", Ŧ: "t", ŋ: "n", Ŋ: "n",
  "&": "-and-",
};

export const MAX_SLUG_LENGTH = 60;

/** Folds text to lowercase ASCII letters, digits and single hyphens; may return "". */
export function foldToAscii(text: string): string {
  const replaced = Array.from(text, (ch) => SPECIAL_FOLDS[ch] ?? ch).join("");
  return replaced
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Cuts at the last hyphen within the cap so no word is truncated, unless that loses too much. */
export function capSlug(slug: string, max = MAX_SLUG_LENGTH): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max);
  if (slug[max] === "-") return head;
  const cut = head.lastIndexOf("-");
  // A cut that keeps less than half the cap is worse than splitting a very long word.
  return (cut >= max / 2 ? head.slice(0, cut) : head).replace(/-+$/, "");
}

/** The slug of an account name, falling back to the plan file's base name (e.g. a Chinese-only name). */
export function accountSlug(accountName: string, planFile: string): string {
  const fromName = capSlug(foldToAscii(accountName));
  if (fromName) return fromName;
  const base = path.basename(planFile).replace(/\.(ya?ml)$/i, "");
  return capSlug(foldToAscii(base)) || "plan";
}
