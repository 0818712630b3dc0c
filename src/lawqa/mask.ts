/**
 * Masks personal data before a question leaves the machine (to an LLM provider): ID, phone and
 * card numbers, and personal names. Errs towards masking: a masked ordinary word costs little.
 */

// The most common surnames (covering the large majority of people in Guizhou and nationally).
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const SURNAME = `(?:欧阳|司马|诸葛|上官|东方|慕容|[${SURNAMES}])`;
// Characters that end a name rather than belong to it (particles, verbs that follow names).
const NOT_IN_NAME = '块元岁年月日天次号了的是不在和说家人们个也都就还又很把被给让跟对着过欠借打骂找偷占要去来跑把这那有没';
const AFTER_NAME = '吵闹骗推拿砍堵拖赖欠借打骂说把让跟和找偷占要不在是家他她去来跑告，。、,？?！! ';
// After these words a surname and the next one or two characters are taken as a name whatever follows.
const BEFORE_NAME = ['叫', '名叫', '姓名', '名字是', '名字叫', '是', '邻居', '隔壁', '老公', '男人', '丈夫', '媳妇', '老婆', '妻子',
  '前夫', '前妻', '老板', '包工头', '同村的', '村里的', '我哥', '我弟', '我姐', '我妹', '债主', '对象'];
// A bare name is only taken as one at the start of a clause or after words that introduce a person.
const BEFORE_BARE_NAME = '^|[，。、,；;：:！!？?\\s]|邻居|隔壁|同村|被|跟|和|找|告|让|给|老板|包工头|我哥|我弟|我姐|我妹|我爸|我妈|婆婆|公公|老公|媳妇|男人|女婿|儿子|闺女|亲戚';

const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)\d{15}(?!\d)/g;
const CARD_NUMBER = /(?<!\d)\d{16,19}(?!\d)/g;
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;

const given = `[^${NOT_IN_NAME}\\s\\p{P}\\d\\w]`;
// 王某、李某某: always a name.
const SOMEONE = new RegExp(`${SURNAME}某{1,2}`, 'gu');
// 老王、小李: a name in everyday speech (老师、小孩 are not: 师 and 孩 are not surnames).
const NICKNAME = new RegExp(`[老小阿]${SURNAME}(?=${given}?[${AFTER_NAME}]|$)`, 'gu');
// 张三欠我钱、叫王大明的: surname + one or two characters, followed by a word that follows names.
const FULL_NAME = new RegExp(`(?<=${BEFORE_BARE_NAME})${SURNAME}${given}{1,2}?(?=[${AFTER_NAME}]|$)`, 'gu');
const AFTER_CUE = new RegExp(`(${BEFORE_NAME.join('|')})(${SURNAME}${given}{1,2})`, 'gu');

const LABELS = ['某甲', '某乙', '某丙', '某丁', '某戊', '某己', '某庚', '某辛'];

// Any other long digit run (account, licence, case numbers) is personal enough to hide.
const LONG_NUMBER = /\d{11,}/g;

/**
 * mask('张三欠我五千，电话13812345678') → '某甲欠我五千，电话[电话号码]'.
 * The same name always gets the same label within one text, wherever it occurs.
 */
export function mask(text: string): string {
  const numbersHidden = text
    .replace(ID_NUMBER, '[身份证号]')
    .replace(CARD_NUMBER, '[卡号]')
    .replace(MOBILE, '[电话号码]')
    .replace(LANDLINE, '[电话号码]')
    .replace(LONG_NUMBER, '[号码]');
  const names = findNames(numbersHidden);
  const labels = new Map([...names].map((n, i) => [n, LABELS[i] ?? '某人']));
  // Longest first, so 王大明 is replaced before a shorter 王大 could cut it.
  const ordered = [...names].sort((a, b) => b.length - a.length);
  return ordered.reduce((t, name) => t.split(name).join(labels.get(name)!), numbersHidden);
}

/** Names in order of first appearance. */
function findNames(text: string): Set<string> {
  const found: { name: string; at: number }[] = [];
  const collect = (rx: RegExp, pick: (m: RegExpMatchArray) => string | undefined) => {
    for (const m of text.matchAll(rx)) {
      const name = pick(m);
      if (name && !isOrdinaryWord(name)) found.push({ name, at: (m.index ?? 0) + m[0].length - name.length });
    }
  };
  collect(SOMEONE, (m) => m[0]);
  collect(AFTER_CUE, (m) => m[2]);
  collect(NICKNAME, (m) => m[0]);
  collect(FULL_NAME, (m) => m[0]);
  return new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name));
}

// Words that start with a surname character but are not names, common in residents' questions.
const ORDINARY = new Set(['王八', '张口', '高兴', '高速', '高利', '黄了', '白天', '白给', '白干', '万一', '方便', '马上', '金额',
  '江边', '石头', '龙头', '毛病', '雷打', '田里', '田地', '林子', '林地', '林木', '段时间', '向他', '向法院', '向村里', '于是',
  '任何', '程序', '周岁', '周末', '陆续', '余钱', '谢谢', '贺礼', '钱款', '钱财', '史上', '孔里', '何时', '何况', '许多',
  '许可', '常常', '严重', '武力', '戴着', '莫名', '向他家', '付钱', '付款', '付了', '方面', '孙子', '孙女', '龙虾']);

function isOrdinaryWord(m: string): boolean {
  return ORDINARY.has(m) || [...ORDINARY].some((w) => m.startsWith(w) && w.length >= 2);
}
