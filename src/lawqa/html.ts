const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  mdash: '—',
  hellip: '…',
};

/** "&#12288;", "&#x3000;", "&nbsp;" → characters; unknown names are left as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

const tidy = (inner: string) =>
  decodeEntities(inner.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
    .replace(/[ \t]+\n/g, '\n')
    .trim();

/** The text of each <p> of a page, in order (scripts and styles dropped). */
function paragraphsOf(html: string): string[] {
  const body = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  return [...body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => tidy(m[1] ?? '')).filter((p) => p !== '');
}

// The statute ends with the article that puts it in force; a news page goes on with its own
// paragraphs (editor, related links), which must not be read as part of the last article.
const IN_FORCE = /^第\S+条[\s\u3000].*(?:本法|本条例|本规定|本决定)自.+起施行/;

/**
 * A statute published as a web page (a news site's reprint) in the shape parseStatute reads:
 * "# title", then one paragraph a line with a blank line between, up to the article in force.
 */
export function htmlStatute(html: string, title: string): string {
  const lines: string[] = [];
  for (const p of paragraphsOf(html)) {
    lines.push(p);
    if (IN_FORCE.test(p)) break;
  }
  return [`# ${title}`, ...lines].join('\n\n');
}
