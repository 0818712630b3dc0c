import fc from 'fast-check';

/*
 * Free text with made-up people in it, as residents and grid workers type it: a name at the start of
 * a sentence, after a comma, after 被/和/跟/把, before a verb, before brackets, or in a spoken form
 * (王某, 老王, 王老三, 王二妹). The pools are this test's own, not the masker's tables.
 */
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤蒙岑冉敖粟麻佘',
  '欧阳',
  '司马',
];
/** Given-name characters of rural and town people, men's and women's, old and young. */
const GIVEN =
  '大二三小德明华国建中文志永光兴天学金玉秀春红英兰芳珍桂凤翠梅艳琴丽娟霞燕萍勇强伟刚军平辉林海波涛峰亮杰福贵富荣昌旺宝生成才顺喜树根长新朝仁义云会先正开发友道发祥清山水松柏和家有来';
const ORDINAL = '大二三四五六七幺';
const KIN = ['妹', '姐', '哥', '叔', '婶', '嬢', '伯', '爷', '嫂', '娘'];

// 家明, 有才, 和平, 来福: these open a given name; they never end one (王家, 李有, 张和 are no one's name).
const OPENERS = /[家有和来]/gu;
const given = fc.constantFrom(...GIVEN);
const single = fc.constantFrom(...GIVEN.replace(OPENERS, ''));
const surname = fc.constantFrom(...SURNAMES);

/** One made-up person, in a full or spoken form. */
export const personName: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(surname, given, single).map(([s, a, b]) => s + a + b) },
  { weight: 2, arbitrary: fc.tuple(surname, single).map(([s, a]) => s + a) },
  { weight: 1, arbitrary: fc.tuple(surname, fc.constantFrom('某', '某某')).map(([s, m]) => s + m) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('老', '小'), surname).map(([p, s]) => p + s) },
  { weight: 1, arbitrary: fc.tuple(surname, fc.constantFrom(...ORDINAL)).map(([s, o]) => `${s}老${o}`) },
  { weight: 1, arbitrary: fc.tuple(surname, fc.constantFrom(...ORDINAL), fc.constantFrom(...KIN)).map(([s, o, k]) => s + o + k) },
);

/** Where a name stands: N is the name. Written before any change to the masker (the tuning set). */
export const TUNE_TEMPLATES = [
  'N喝醉了打我',
  'N喝醉了在院子里砍人',
  'N今天又来闹',
  'N昨晚拿刀砍了我家的门',
  'N把我家的田埂挖了',
  'N一直不还钱',
  'N天天在门口骂人',
  '救命，N拿着柴刀要砍我',
  '我家隔壁那个，N，又来闹了',
  '我被N打了',
  '我昨天被N打伤了',
  '我和N吵了一架',
  '我跟N借了两万块',
  '我把N告到派出所了',
  '帮我给N打个电话',
  '去找N要钱他不给',
  '让N赔钱天经地义吧',
  '昨天N打了我老婆',
  '今天早上N骂我妈',
  'N拿锄头挖我家的坟',
  'N家的狗咬了我家娃',
  'N家的牛吃了我的秧',
  'N（男，45岁）扬言要烧我家房子',
  'N(村民)说要去县里上访',
  '听说N要去上访',
  '我怀疑是N偷的',
  '村里N放火烧山',
  'N说这块地是他家的',
  '老公N打我',
  '我男人N又喝酒了',
  '我们组N和他兄弟吵起来了',
  'N要跟我离婚，彩礼退不退',
  '网格员你好 N欠我工钱三个月了',
  'N偷了我家两只鸡',
  '前天晚上N在我家门口放鞭炮吓人',
];

export interface Placed {
  text: string;
  /** The people put in: N, and N2 where the template has one. */
  names: string[];
  template: string;
  /** The text as the masker should leave it (N → 当事人甲, N2 → 当事人乙). */
  masked: string;
}

/** A template with random people put in where N (and N2) stand. */
export function placed(templates: readonly string[]): fc.Arbitrary<Placed> {
  return fc
    .tuple(fc.constantFrom(...templates), fc.uniqueArray(personName, { minLength: 2, maxLength: 2 }))
    .filter(([, [a, b]]) => !a!.includes(b!) && !b!.includes(a!))
    .map(([template, [a, b]]) => {
      const two = template.includes('N2');
      const fill = (x: string, y: string) => template.replace('N2', y).replace('N', x);
      return { template, names: two ? [a!, b!] : [a!], text: fill(a!, b!), masked: fill('当事人甲', '当事人乙') };
    });
}

/**
 * Ordinary sentences whose words start with a surname character (张家, 王村, 李子树, 石头, 龙井, 杨梅,
 * 陈年, 黄牛, 高兴 …) and name nobody: nothing in them may be masked. Written before tuning.
 */
export const TUNE_ORDINARY = [
  '张家和李家为地界吵了好几年',
  '王村的路修好了没有',
  '李子树倒在我家地里了',
  '石头滚下来砸坏了屋顶',
  '龙井茶多少钱一斤',
  '杨梅熟了可以摘了',
  '陈年旧账还能要回来吗',
  '黄牛跑到别人田里吃了秧苗',
  '高兴得很，事情解决了',
  '方便的时候来一趟村委会',
  '常常半夜有人敲门',
  '江边不让挖沙了吗',
  '周末村里开会',
  '马上就到了，你们等一下',
  '何时能把钱还给我',
  '金额太大了我拿不出来',
  '白天没人在家',
  '明天去镇上办证',
  '老师打学生犯法吗',
  '老板拖欠工资不给',
  '老公喝醉了打我',
  '老婆跑回娘家不回来',
  '牛吃了邻居的庄稼要赔吗',
  '安全员说这房子是危房',
  '文件上写的是十年',
  '关门的时候他冲进来了',
  '向法院起诉要多少钱',
  '程序上怎么走',
  '任何人都不能占我的地',
  '许多人说要去上访',
  '于是他就动手了',
  '万一他不还怎么办',
  '温度太高庄稼都干死了',
  '孙子在学校被同学打了',
  '农村宅基地能卖吗',
  '费用谁来出',
  '包工头跑了工钱找谁要',
  '成本太高不划算',
  '连续下了三天雨',
  '单位不给交社保',
  '查一下我的承包合同',
  '麻烦你帮我问问',
  '简单说就是他不认账',
  '满了十八岁就能分地吗',
  '毛病多得很，天天找事',
  '严重的话要坐牢吗',
  '史上最大的一场洪水',
  '宁可不要也不给他',
  '曾经借过他五千块',
  '付了定金对方反悔了',
  '鲜花店的老板骂人',
  '危险的地方不要去',
  '边界不清怎么办',
  '花生被野猪拱了',
  '谷子晒在路上被车压了',
  '柴刀放在门背后',
  '石灰撒到我家菜地里了',
  '羊圈漏雨了',
  '马路边上不准摆摊',
  '黄了的事就别提了',
];
