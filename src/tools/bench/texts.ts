// Synthetic chat for the bench and the load run: written for this project, varied in form the way
// grid workers' messages vary, generated from a seeded random so every run sends the same traffic.

export type Rand = () => number;

/** A repeatable random in [0, 1). */
export function seeded(seed: number): Rand {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1..99 in Chinese numerals: 7 → 七, 12 → 十二, 40 → 四十. */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens]}十${ones ? CN[ones] : ''}`;
}

const CATEGORY_WORDS = ['邻里', '婚姻家庭', '山林土地水事', '经济', '借贷', '宅基地', '赡养', '劳资'];
const STATUS_WORDS = ['待化解', '化解中', '已化解', '调解中', '已调解', '新发现'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '吴', '蒙', '韦', '罗', '潘', '黎'];
const MATTERS = [
  '排水沟堵塞引发争吵',
  '借款两万元到期未还',
  '承包地界址不清',
  '宅基地边上修猪圈',
  '老人赡养费分摊不均',
  '彩礼退还数额谈不拢',
  '工钱拖欠三个月',
  '林地边界有争议',
  '放水灌溉先后起争执',
  '鸡鸭进菜园吃菜',
  '分家时房屋归属不清',
  '装修噪音影响休息',
  '合伙养牛亏本分账',
  '坟地占用耕地',
  '小孩打架家长争吵',
];

const parties = (rand: Rand) => `${pick(rand, SURNAMES)}某、${pick(rand, SURNAMES)}某某`;

function disputeLine(rand: Rand, n: number, style: number): string {
  const cat = pick(rand, CATEGORY_WORDS);
  const status = pick(rand, STATUS_WORDS);
  const matter = pick(rand, MATTERS);
  if (style === 0) return `${n}. 类型:${cat};当事人:${parties(rand)};事由:${matter};状态:${status}`;
  if (style === 1) return `（${chineseNumber(n)}）纠纷类型：${cat}；涉及人员：${parties(rand)}；简要情况：${matter}；化解情况：${status}`;
  return `${chineseNumber(n)}、类别=${cat}，当事人=${parties(rand)}，事由=${matter}，进展=${status}`;
}

/** A weekly report for one grid in one of three written forms, with 0–3 disputes. */
export function reportText(rand: Rand, grid: string, disputes: number): string {
  const style = Math.floor(rand() * 3);
  const households = 40 + Math.floor(rand() * 90);
  const headers = ['【周报】', '#周报', '周报：'];
  const count = disputes === 0 ? '本周无矛盾纠纷' : `纠纷:${disputes}件`;
  const hh = style === 1 ? `排查户数：${chineseNumber(Math.min(households, 99))}户` : `排查户数:${households}`;
  const lines = [headers[style]!, `网格:${grid}`, hh, count];
  for (let i = 1; i <= disputes; i++) lines.push(disputeLine(rand, i, style));
  return lines.join('\n');
}

/** One dispute for `#纠纷`, any day. */
export function disputeCommand(rand: Rand): string {
  return `#纠纷 类型:${pick(rand, CATEGORY_WORDS)} 当事人:${parties(rand)} 事由:${pick(rand, MATTERS)}`;
}

/** Residents' legal questions, in their own words. */
export const QUESTIONS = [
  '邻居家盖房子占了俺家一尺地，咋办',
  '借给亲戚三万块钱没写借条，还能要回来不',
  '老公天天喝酒不管家，能离婚不',
  '老人有三个儿子，都不给赡养费咋整',
  '村里调整承包地，外嫁的姑娘还有份不',
  '包工头拖欠工钱不给，去哪里告',
  '彩礼给了八万，订婚后女方反悔，能退多少',
  '隔壁的狗咬了俺娃，医药费谁出',
  '楼上漏水把俺家天花板泡坏了',
  '宅基地能卖给外村人不',
  '离婚了娃的抚养费一个月给多少',
  '老人走了没留遗嘱，房子咋分',
  '打工摔伤了老板不管，算工伤不',
  '网上有人叫刷单返钱，靠谱不',
  '兄弟分家，老屋归谁',
  '山林界线不清，邻村砍了俺家的树',
  '欠钱的人跑了，担保人要还不',
  '上游修坝截了水，下游的田干了',
  '婆婆不让俺回娘家，这合法不',
  '娃十五岁打伤了人，要赔钱不',
];

/** Group chatter nobody addressed to the bot. */
export const CHATTER = [
  '今天下午三点村委会开会，记得带上身份证',
  '明天赶场，有人要捎东西不',
  '谁家的牛跑到公路上了，快去牵',
  '这周六打疫苗，带娃的家长注意',
  '新修的路灯晚上亮了，好得很',
  '收到，谢谢网格员',
  '好的',
  '下雨了，晒谷子的赶紧收',
  '合作社收辣椒，三块五一斤',
  '医保今年交了没有',
  '停水通知：明天上午九点到十二点',
  '👍',
  '哪个捡到一串钥匙，放在小卖部了',
  '孩子放学路上注意安全',
  '今年的低保名单公示了',
];
