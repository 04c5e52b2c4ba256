// Multi-line plan texts (YAML `|` blocks) laid out as the author meant them, not
// as their editor wrapped them.

/**
 * Paragraphs of a multi-line plan text: a YAML `|` block keeps the line breaks the
 * author's editor made at 80 characters, which would leave ragged lines on the
 * slide. A line break becomes a space, except before a blank line or a line that
 * starts a list item ("- ", "• ", "1. "), where a new paragraph starts.
 */
export function reflow(text: string): string[] {
  const paragraphs: string[] = [];
  let open = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) open = false;
    else if (open && !LIST_ITEM.test(line)) paragraphs[paragraphs.length - 1] += ` ${line}`;
    else {
      paragraphs.push(line);
      open = true;
    }
  }
  return paragraphs;
}

const LIST_ITEM = /^([-•*–]|\d+[.)])\s/;
