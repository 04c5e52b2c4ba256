// A strict-enough XML 1.0 well-formedness check for test assertions (no XML
// library is installed and xmllint is not on every machine): balanced tags,
// one root, quoted and unique attributes, only the five predefined or numeric
// entities, no raw `<` or `&`, no characters XML forbids.
const NAME = "[A-Za-z_][\\w.:-]*";
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, "y");
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/y;
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function xmlErrors(xml: string): string | undefined {
  if (ILLEGAL.test(xml)) return `illegal character U+${xml.match(ILLEGAL)![0].charCodeAt(0).toString(16).padStart(4, "0")}`;
  const stack: string[] = [];
  let roots = 0;
  let i = xml.startsWith("\uFEFF") ? 1 : 0;
  while (i < xml.length) {
    if (xml[i] === "<") {
      const result = readMarkup(xml, i, stack);
      if (typeof result === "string") return `${result} at offset ${i}`;
      if (result.openedRoot) roots++;
      i = result.next;
    } else if (xml[i] === "&") {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(xml)) return `bad entity at offset ${i}: ${xml.slice(i, i + 12)}`;
      i = ENTITY.lastIndex;
    } else {
      if (stack.length === 0 && !/\s/.test(xml[i])) return `text outside the root at offset ${i}`;
      i++;
    }
  }
  if (stack.length > 0) return `unclosed <${stack[stack.length - 1]}>`;
  if (roots !== 1) return `${roots} root elements`;
  return undefined;
}

function readMarkup(xml: string, i: number, stack: string[]): string | { next: number; openedRoot: boolean } {
  const closed = (end: string) => {
    const at = xml.indexOf(end, i);
    return at < 0 ? `unterminated ${end}` : { next: at + end.length, openedRoot: false };
  };
  if (xml.startsWith("<?", i)) return closed("?>");
  if (xml.startsWith("<!--", i)) return closed("-->");
  if (xml.startsWith("<![CDATA[", i)) return stack.length ? closed("]]>") : "CDATA outside the root";
  if (xml.startsWith("<!", i)) return "DOCTYPE not expected";
  if (xml.startsWith("</", i)) {
    const match = new RegExp(`</(${NAME})\\s*>`, "y");
    match.lastIndex = i;
    const m = match.exec(xml);
    if (!m) return "bad end tag";
    if (stack.pop() !== m[1]) return `mismatched </${m[1]}>`;
    return { next: match.lastIndex, openedRoot: false };
  }
  const start = new RegExp(`<(${NAME})`, "y");
  start.lastIndex = i;
  const m = start.exec(xml);
  if (!m) return "bad start tag";
  let pos = start.lastIndex;
  const names = new Set<string>();
  for (;;) {
    ATTRIBUTE.lastIndex = pos;
    const a = ATTRIBUTE.exec(xml);
    if (!a) break;
    if (names.has(a[1])) return `duplicate attribute ${a[1]}`;
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/.test(a[2])) return `bad entity in attribute ${a[1]}`;
    names.add(a[1]);
    pos = ATTRIBUTE.lastIndex;
  }
  const end = /\s*(\/?)>/y;
  end.lastIndex = pos;
  const e = end.exec(xml);
  if (!e) return `bad tag <${m[1]}>`;
  const openedRoot = stack.length === 0;
  if (!e[1]) stack.push(m[1]);
  return { next: end.lastIndex, openedRoot };
}
