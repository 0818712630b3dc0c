/** Kinds of numbers that identify a person, in the order they are looked for. */
export type NumberKind = 'id' | 'card' | 'phone' | 'number';

// Digits may be grouped by spaces or dashes as people type them (138 1234 5678, 6222-0212-…).
const SEP = '[-\\s]?';
const PATTERNS: readonly (readonly [NumberKind, RegExp])[] = [
  // 18-digit ID (last one may be X), also the old 15-digit form.
  ['id', new RegExp(`(?<![\\dA-Za-z])\\d{6}${SEP}\\d{8}${SEP}\\d{3}[\\dXx](?![\\dA-Za-z])|(?<!\\d)\\d{15}(?!\\d)`, 'g')],
  // Bank cards: 16–19 digits, often in groups of four.
  ['card', new RegExp(`(?<!\\d)\\d{4}(?:${SEP}\\d{4}){3}(?:${SEP}\\d{1,3})?(?!\\d)`, 'g')],
  // Mobiles, with or without +86 and separators anywhere (138 1234 5678, 1381234-5678).
  ['phone', new RegExp(`(?<!\\d)(?:\\+?86${SEP})?1[3-9]\\d(?:${SEP}\\d){8}(?!\\d)`, 'g')],
  // Landlines with an area code: 0854-3221234, (0854)3221234, 0854 322 1234.
  ['phone', new RegExp(`[(（]?(?<!\\d)0\\d{2,3}[)）]?${SEP}\\d{3,4}${SEP}\\d{3,4}(?!\\d)`, 'g')],
  // A local number written after a word that says it is one: 电话3221234, 手机号：322 1234.
  ['phone', /(?<=(?:电话|手机|座机|号码|联系方式|tel|TEL|Tel)[号码是为]?[:：]?\s?)\d[\d\s-]{5,}\d/g],
  // Any other long run of digits (accounts, licences): personal enough to hide.
  ['number', /\d{11,}/g],
];

/**
 * Replaces every identifying number; `replace` gets its kind and running count (1, 2 …).
 * hideNumbers('电话138 1234 5678', (k, i) => `[${k}${i}]`) → '电话[phone1]'
 */
export function hideNumbers(text: string, replace: (kind: NumberKind, n: number, original: string) => string): string {
  let n = 0;
  return PATTERNS.reduce((t, [kind, re]) => t.replace(re, (m) => replace(kind, ++n, m)), text);
}
