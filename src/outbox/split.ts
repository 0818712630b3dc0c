/**
 * Splits a long text into parts under `max` characters, on paragraph boundaries where possible,
 * then on line ends, then hard. WeChat truncates or refuses very long texts.
 */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces(text, max)) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (joined.length <= max) current = joined;
    else {
      if (current) parts.push(current);
      current = piece;
    }
  }
  if (current) parts.push(current);
  return parts;
}

function pieces(text: string, max: number): string[] {
  return text.split(/\n{2,}/).flatMap((p) => (p.length <= max ? [p] : splitLines(p, max)));
}

function splitLines(paragraph: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of paragraph.split('\n').flatMap((l) => hardSplit(l, max))) {
    const joined = current ? `${current}\n${line}` : line;
    if (joined.length <= max) current = joined;
    else {
      out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

function hardSplit(line: string, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += max) out.push(line.slice(i, i + max));
  return out.length ? out : [''];
}
