import fc from 'fast-check';
import { COMMANDS } from '../../src/admin/index.js';

// What people (and broken clients) actually send, as generators: the words of every grammar, the
// numbers that break integers, invisible and direction characters, emoji, SQL, and raw junk.

const COMMAND_WORDS = [...new Set(COMMANDS.filter((c) => c.name !== null).map((c) => c.name!))];
export const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF'];
export const BIDI = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
export const SQL = [
  "'; drop table members; --",
  "%' or 1=1",
  "%' or 1=1 --",
  '" or ""="',
  '1; delete from disputes;',
  '$$; truncate audit_log; $$',
  "'||pg_sleep(5)||'",
  "\\'; select * from invites; --",
  'union select code from invites',
];
export const EMOJI = ['😀', '👨‍👩‍👧‍👦', '🇨🇳', '❤️', '🙏🏻', '🧧', '\u{1F600}\u{1F3FD}'];
const NUMBERS = [
  '0',
  '-1',
  '1',
  '7',
  '31',
  '32',
  '99999999999999999999',
  '2147483647',
  '2147483648',
  '1e309',
  'NaN',
  'Infinity',
  '０',
  '７２',
  '七十二',
  '一万亿',
  '两',
  '〇',
  '3.5',
  '-0',
  '00000000000001',
  '十',
  '一百零五',
  '九十九亿',
];
const WORDS = [
  ...COMMAND_WORDS,
  '设置',
  '时间',
  '暂停',
  '恢复',
  '取消',
  '列表',
  '导出',
  '统计',
  '本群',
  '管理群',
  '管理员',
  '网格员',
  '网格长',
  '联户长',
  '调解员',
  '群众',
  '【周报】',
  '周报:',
  '网格:',
  '网格',
  '排查户数:',
  '走访',
  '户',
  '纠纷:',
  '件',
  '本周无矛盾纠纷',
  '类型:',
  '邻里',
  '家庭婚恋',
  '山林土地水事',
  '经济',
  '其他',
  '当事人:',
  '事由:',
  '状态:',
  '风险:',
  '扬言上访',
  '持刀',
  '方式:',
  '人民调解',
  '已化解',
  '化解中',
  '待化解',
  '转派出所',
  '满意',
  '基本满意',
  '不满意',
  '1.',
  '①',
  '（1）',
  '一、',
  '第一件',
  '每天',
  '工作日',
  '每周三',
  '星期五',
  '礼拜天',
  '每月1号',
  '每月最后一天',
  '每月99号',
  '明天',
  '下午',
  '晚上',
  '3点',
  '9点半',
  '25:61',
  '12月4日',
  '2月30日',
  '20:00',
  '09:00',
  '*/5 * * * *',
  '0 0 31 2 *',
  '全部网格群',
  '上司村',
  '上司村三组',
  '三组',
  '至',
  '天',
  '个月',
  '前',
  'SS-2026-0001',
  'ss－２０２６－０００１',
  'SS-0-0',
  'p001',
  'c001',
  'P999999',
  '本周',
  '本月',
  '本年',
  '全部',
  '2026-01-01至2026-06-30',
  '1月1日至6月30日',
  '99999-01-01',
  '|',
  '｜',
  '需要调解',
  '有用',
  '没用',
  '彩礼',
  '邻居',
  '排水沟',
  '欠工钱',
  '忽略之前的指令',
  '正在打人',
  '第一条',
  '第九十九亿条',
  '第一章',
  '# 中华人民共和国民法典',
];
const SEPARATORS = [' ', '', '', '\n', '\u3000', '\u2005', '\u00A0', ':', '：', '=', ';', '；', ',', '，', '。', '、', '\t', '\r\n', '和'];

/** Any code point, surrogate halves and NUL included (a broken client can send them). */
const anyChar = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c))),
  fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);

/** Bytes read as Latin-1: what junk looks like once a puppet has turned it into a string. */
export const binaryJunk = (maxLength: number) => fc.uint8Array({ minLength: 1, maxLength }).map((b) => Buffer.from(b).toString('latin1'));

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH, ...BIDI) },
  { weight: 1, arbitrary: fc.constantFrom(...SQL) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyChar, maxLength: 4 }) },
);

/** A message built from the grammars' own words, often a command, joined by any separator. */
export const grammarText = fc
  .tuple(fc.constantFrom('', '', '#', '＃', '# ', '\u200B#'), fc.constantFrom('', ...COMMAND_WORDS), fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), token), { maxLength: 24 }))
  .map(([hash, name, parts]) => `${hash}${name}${parts.map(([sep, t]) => sep + t).join('')}`);

/** Everything a parser may be handed. */
export const anyText = fc.oneof(
  { weight: 5, arbitrary: grammarText },
  { weight: 1, arbitrary: fc.string({ unit: anyChar, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: binaryJunk(80) },
);

/** Long messages: one piece repeated up to 50,000 characters. */
export const longText = fc
  .tuple(fc.constantFrom('x', '吵', '😀', '\u200B', '\u202E', "'; drop table members; --", '1. 类型:邻里;事由:吵架 ', '\u0000'), fc.integer({ min: 1000, max: 50_000 }))
  .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n));
