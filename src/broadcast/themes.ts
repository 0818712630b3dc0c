/**
 * Post themes and special days. The first five themes are the dispute categories of the ledger, so
 * the disputes recently reported in a village can steer which posts it gets.
 */
export const THEMES = ['family', 'neighbor', 'land', 'economic', 'other', 'antifraud', 'safety', 'minors', 'elderly', 'petition'] as const;
export type Theme = (typeof THEMES)[number];

/** How admins write a theme in chat; the first word is the label shown back. */
export const THEME_WORDS: Record<Theme, string[]> = {
  family: ['婚姻家庭', '家庭', '婚姻', '婚恋', '家事', '家暴', '彩礼', '继承'],
  neighbor: ['邻里', '邻居', '相邻'],
  land: ['山林土地', '土地', '山林', '林地', '宅基地', '承包地', '水事'],
  economic: ['经济', '借贷', '欠薪', '讨薪', '合同', '劳务', '消费'],
  other: ['其他', '其它', '综合'],
  antifraud: ['反诈', '防诈骗', '反诈骗', '诈骗', '电诈'],
  safety: ['安全', '交通', '禁毒', '消防', '国家安全'],
  minors: ['未成年人', '未成年', '儿童', '青少年', '留守儿童'],
  elderly: ['老年人', '老人', '养老', '赡养'],
  petition: ['依法信访', '信访', '上访'],
};

/**
 * Dated occasions: 'MM-DD' for a day, 'MM' for a month-long campaign, or a season.
 * harvest: September–October; spring-festival: the month before the Spring Festival, approximated
 * as 15 January – 15 February because the lunar date moves (wage arrears and debts peak then).
 */
export const SPECIAL_DAYS = ['03-15', '04-15', '06-26', '12-04', '05', 'harvest', 'spring-festival'] as const;
export type SpecialDay = (typeof SPECIAL_DAYS)[number];

export const SPECIAL_DAY_LABELS: Record<SpecialDay, string> = {
  '03-15': '3·15消费者权益日',
  '04-15': '4·15全民国家安全教育日',
  '06-26': '6·26国际禁毒日',
  '12-04': '12·4国家宪法日',
  '05': '民法典宣传月',
  harvest: '秋收时节',
  'spring-festival': '春节前后',
};

/** A single calendar day ('12-04'), as opposed to a month or a season. */
export const isDatedOccasion = (d: SpecialDay): boolean => /^\d{2}-\d{2}$/.test(d);

/** The Chinese label of a theme: themeLabel('land') === '山林土地'. */
export const themeLabel = (t: Theme): string => THEME_WORDS[t][0]!;

/** Reads a theme written in Chinese (or its English key); null when unknown. */
export function parseTheme(text: string): Theme | null {
  const s = text.trim().toLowerCase();
  if ((THEMES as readonly string[]).includes(s)) return s as Theme;
  for (const t of THEMES) if (THEME_WORDS[t].includes(s)) return t;
  return null;
}

/** The special days in force on a local date (month 1–12, day 1–31), most specific first. */
export function specialDaysOn(month: number, day: number): SpecialDay[] {
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const out: SpecialDay[] = [];
  for (const d of SPECIAL_DAYS) if (d === mmdd) out.push(d);
  if (month === 5) out.push('05');
  if (month === 9 || month === 10) out.push('harvest');
  if ((month === 1 && day >= 15) || (month === 2 && day <= 15)) out.push('spring-festival');
  return out;
}
