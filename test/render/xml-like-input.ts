// XML-like text of a given length, different for every seed: the input shape
// on which a reset zlib engine was caught giving other bytes than a fresh one
// (both backends' deflate tests replay it).
const WORDS = ["<a:t>", "Revenue", "</a:r>", '<a:rPr lang="fr-FR" sz="1200"/>', "quarter", " ", "x", "0", "1", "\n", "é", "zz"];

export function xmlLike(length: number, seed: number): Buffer {
  let s = "";
  let r = seed;
  while (s.length < length) {
    r = (r * 1103515245 + 12345) >>> 0;
    s += WORDS[r % WORDS.length];
    if (r % 7 === 0) s += String(r % 1000);
  }
  return Buffer.from(s).subarray(0, length);
}
