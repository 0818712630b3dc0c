// Folding is one UTF-16 unit for one unit, so an offset into the folded text is also an offset into
// what the user typed: matching runs on the folded text, values are cut from the original.
const FOLD = /[\uFF01-\uFF5E\u3000\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\uFEFF\r\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

function foldUnit(unit: string, offset: number, text: string): string {
  const code = unit.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (unit === '\r') return text[offset + 1] === '\n' ? ' ' : '\n';
  if (code === 0x2028 || code === 0x2029) return '\n';
  return ' ';
}

/** Full-width ASCII becomes ASCII, odd spaces and control characters become plain spaces, CR LF becomes LF. */
export function foldForMatching(text: string): string {
  return text.replace(FOLD, foldUnit);
}

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const DECORATION = /[\p{Extended_Pictographic}\uFE0F\u20E3\u200D\u{1F3FB}-\u{1F3FF}\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/gu;
const EDGE = /^[\s;；,，。.、:：=︰∶!！?？~～|｜/／\\]+|[\s;；,，。.、:：=︰∶!！?？~～|｜/／\\]+$/g;

/** A value as shown to people: no emoji or control characters, single spaces, no edge punctuation. */
export function cleanValue(raw: string): string {
  return raw.replace(DECORATION, '').replace(/\s+/g, ' ').replace(EDGE, '');
}

/** Full-width digits and letters become ASCII (上司村８组 → 上司村8组), for names and grids. */
export function toHalfWidthAlnum(s: string): string {
  return s.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
