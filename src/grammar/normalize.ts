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

const EMOTICON = /^\[[\p{Script=Han}A-Za-z0-9]{1,4}\]$/u;

/**
 * WeChat sends its own emoticons as text: 上司村三组[强], 本周无纠纷[抱拳]. They are peeled off a
 * value's edges only, so a bracket inside a summary stays as written. (A loop, not a regex ending
 * in $, which would rescan a long paste from every position.)
 */
function stripEdgeEmoticons(s: string): string {
  let t = s;
  while (t.startsWith('[')) {
    const close = t.indexOf(']');
    if (close < 0 || !EMOTICON.test(t.slice(0, close + 1))) break;
    t = t.slice(close + 1).trimStart();
  }
  while (t.endsWith(']')) {
    const open = t.lastIndexOf('[');
    if (open < 0 || !EMOTICON.test(t.slice(open))) break;
    t = t.slice(0, open).trimEnd();
  }
  return t;
}

/** A value as shown to people: no emoji, emoticons or control characters, single spaces, no edge punctuation. */
export function cleanValue(raw: string): string {
  const clean = raw.replace(DECORATION, '').replace(/\s+/g, ' ').replace(EDGE, '');
  return clean.includes('[') ? stripEdgeEmoticons(clean).replace(EDGE, '') : clean;
}

/** Full-width digits and letters become ASCII (上司村８组 → 上司村8组), for names and grids. */
export function toHalfWidthAlnum(s: string): string {
  return s.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
