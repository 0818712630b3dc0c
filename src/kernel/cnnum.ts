import Nzh from 'nzh';

const FULL_WIDTH_DIGIT = /[０-９]/g;
const CHINESE_NUMERAL = /^[零〇一二两三四五六七八九十百千万亿]+$/;

/** Full-width digits ０-９ become ASCII 0-9; everything else is kept. */
export function toHalfWidthDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Reads a whole number written in Arabic, full-width or Chinese numerals.
 * parseChineseInt('七十二') === 72, parseChineseInt('两') === 2, parseChineseInt('１２０') === 120.
 * Returns null for anything that is not entirely a number.
 */
export function parseChineseInt(input: string): number | null {
  const s = toHalfWidthDigits(input.trim());
  if (/^\d+$/.test(s)) return Number.parseInt(s, 10);
  if (!CHINESE_NUMERAL.test(s)) return null;
  // nzh knows 零 but not the everyday 两 / 〇 spellings.
  const n = Number(Nzh.cn.decodeS(spokenTail(s).replace(/两/g, '二').replace(/〇/g, '零')));
  return Number.isSafeInteger(n) ? n : null;
}

const UNIT_BELOW: Record<string, string> = { 百: '十', 千: '百', 万: '千' };

/** 一百一 is 110 and 两千五 2500 as said aloud (一百零一 keeps its 零): the last digit counts the unit below. */
function spokenTail(s: string): string {
  const m = /^([^零〇]*[一二两三四五六七八九])([百千万])([一二两三四五六七八九])$/u.exec(s);
  return m ? `${m[1]}${m[2]}${m[3]}${UNIT_BELOW[m[2]!]}` : s;
}
