import { defaultVocabulary } from './vocabulary.js';

/**
 * Reversible masking for what leaves the machine: personal names and phone (and ID) numbers are
 * replaced by placeholders such as 〔人1〕 and 〔电话1〕, and put back in what the model returns.
 * It errs towards masking: a masked ordinary word costs little, a leaked name costs much.
 */
export interface Masked {
  text: string;
  /** Puts the originals back wherever a placeholder appears. */
  restore(s: string): string;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤蒙岑吴';
const SURNAME = `(?:欧阳|司马|诸葛|上官|[${SURNAMES}])`;
const HAN = '\\p{Script=Han}';
const NUMBERS: RegExp[] = [
  /(?<!\d)\d{17}[\dXx](?!\d)/g, // ID card
  /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g, // mobile
  /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, // landline
];
// A given-name character: a Han character that is not a word that usually follows a name.
const GIVEN = '(?:(?![因为在的家之发吵打闹欠借等和与跟同及说把被将向对是也都不])\\p{Script=Han})';
// 张某、李某某, and two names joined: 张三和李四, 王小明与赵刚, 张三、李四.
const SOMEONE = new RegExp(`${SURNAME}某{1,2}`, 'gu');
const PAIR = new RegExp(`(${SURNAME}${GIVEN}{1,2})[、和与跟同及](${SURNAME}${GIVEN}{1,2})`, 'gu');
// A name right after a word that introduces a person: 村民张三, 户主李四, 邻居王五.
const CUED = new RegExp(`(?:村民|户主|农户|居民|群众|邻居|名叫|叫做|妻子|丈夫|儿子|女儿|父亲|母亲)(${SURNAME}${GIVEN}{1,2})`, 'gu');

const partyKeys = [...defaultVocabulary.keys.parties].sort((a, b) => b.length - a.length).join('|');
// The value of a 当事人 field, up to the next field separator.
const PARTIES_FIELD = new RegExp(`(?:${partyKeys})\\s*[:：=]?\\s*([^;；。\\n]+)`, 'gu');
const PARTY_SPLIT = /[、,，和与及跟\s]+/u;
const NAME_LIKE = new RegExp(`^${HAN}{2,4}$`, 'u');

/** Names written in 当事人 fields, split into people. */
function partyNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PARTIES_FIELD)) {
    const value = m[1]!.split(/(?:事由|类型|状态|风险|情况|原因)/u)[0]!;
    out.push(...value.split(PARTY_SPLIT).map((s) => s.trim()).filter((s) => NAME_LIKE.test(s)));
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nameCandidates(text: string, known: readonly string[]): string[] {
  const found = new Set<string>(known.filter((n) => n.length >= 2 && text.includes(n)));
  for (const n of partyNames(text)) found.add(n);
  for (const m of text.matchAll(SOMEONE)) found.add(m[0]);
  for (const m of text.matchAll(PAIR)) found.add(m[1]!).add(m[2]!);
  for (const m of text.matchAll(CUED)) found.add(m[1]!);
  return [...found].sort((a, b) => b.length - a.length);
}

/**
 * pseudonymise('张三和李四吵架，电话13812345678', []) →
 * { text: '〔人1〕和〔人2〕吵架，电话〔电话1〕', restore }. `known` adds names the caller already knows
 * (roster members, parties the rule parser read).
 */
export function pseudonymise(text: string, known: readonly string[] = []): Masked {
  const originals = new Map<string, string>();
  let masked = text;
  let phones = 0;
  for (const re of NUMBERS) {
    masked = masked.replace(re, (m) => {
      const p = `〔电话${++phones}〕`;
      originals.set(p, m);
      return p;
    });
  }
  // One pass, placeholders skipped, so a name can never be replaced inside another's placeholder.
  const names = nameCandidates(masked, known);
  const labels = new Map<string, string>();
  if (names.length) {
    const alternation = new RegExp(`〔[^〕]*〕|${names.map(escape).join('|')}`, 'gu');
    masked = masked.replace(alternation, (m) => {
      if (m.startsWith('〔')) return m;
      if (!labels.has(m)) labels.set(m, `〔人${labels.size + 1}〕`);
      originals.set(labels.get(m)!, m);
      return labels.get(m)!;
    });
  }
  const placeholder = /〔(?:人|电话)\d+〕/gu;
  return { text: masked, restore: (s) => s.replace(placeholder, (p) => originals.get(p) ?? p) };
}
