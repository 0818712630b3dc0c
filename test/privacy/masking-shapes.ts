import fc from 'fast-check';

/*
 * Reports in the shapes grid workers type them, with made-up people: a surname and one or two
 * given-name characters drawn at random (the pools below are this test's own, not the masker's).
 */
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵覃武戴莫孔向汤蒙岑冉敖粟滕麻佘龚杨',
  '欧阳',
  '诸葛',
  '司马',
  '上官',
];
const GIVEN = [
  ...'明华军芳秀英兰春花勇强伟丽娟红梅玉珍桂凤霞燕萍琴云莲翠艳平刚健斌波辉峰涛海亮杰福贵富荣昌旺宝生成才德文武国庆忠志安康寿山清先进学友顺喜连树根长永新光朝升世仁义信',
];
const OPENING = [...'有和家来'];

const name = fc
  .tuple(
    fc.constantFrom(...SURNAMES),
    fc.oneof(
      fc.constantFrom(...GIVEN).map((g) => [g]),
      fc.tuple(fc.constantFrom(...GIVEN, ...OPENING), fc.constantFrom(...GIVEN)).map(([a, b]) => [a, b]),
    ),
  )
  .map(([s, g]) => s + g.join(''));

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const mobile = fc
  .tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9), fc.constantFrom('', ' ', '-'))
  .map(([a, b, sep]) => `${a}${b.slice(0, 1)}${sep}${b.slice(1, 5)}${sep}${b.slice(5)}`);
const landline = fc.tuple(fc.constantFrom('0851', '0854', '0855'), digits(7), fc.constantFrom('-', ' ', '')).map(([a, b, sep]) => `${a}${sep}${b}`);
const phone = fc.oneof(mobile, landline);

export interface Case {
  text: string;
  names: string[];
  phones: string[];
  shape: string;
}

type Shape = (a: string, b: string, tel: string, header: string) => string;
const THREAT = ['扬言要拿刀砍死', '说要弄死', '扬言要砍死'];

const SHAPES: Record<string, Shape> = {
  keyed: (a, b, tel, h) => `${h}\n1. 类型:邻里;当事人:${a}、${b};事由:${a}家的牛吃了${b}家的玉米，${b}电话${tel};状态:化解中`,
  keyless: (a, b, tel, h) => `${h}\n①家庭 ${a}被丈夫${b}打伤 调解中 联系电话${tel}`,
  story: (a, b, tel, h) => `${h}\n1. 类型:邻里;事由:${a}和${b}因为排水沟吵架，${a}${THREAT[0]}${b}，${b}电话${tel};状态:化解中`,
  brackets: (a, b, tel, h) => `${h}\n1. 类型:山林土地水事;当事人:${a}（女，52岁）、${b}（男）;事由:${a}与${b}宅基地界址不清，${a}手机${tel};状态:待化解`,
  oneLine: (a, b, tel, h) => `${h.replace(/\n/gu, ' ')} 纠纷1件 邻里 ${a}跟${b}为地界吵起来了 ${b}${THREAT[1]}${a} ${a}电话${tel} 正在调解`,
  // No template at all: read by the model when one is configured (privately).
  // A count the rules cannot take (六十几户): the model fills it, and sees the names masked.
  vague: (a, b, tel, h) => `${h.replace('【周报】网格:', '').replace(/ 排查户数:\d+/u, '')}这周走访了六十几户 村民${a}跟${b}为宅基地界址吵了几回 ${a}电话${tel} 还在调`,
  chatty: (a, b, tel, h) => `${h.replace('【周报】网格:', '').replace(' 排查户数:', '这周走访了')}户 村民${a}跟邻居${b}闹矛盾 ${b}扬言要找人打${a} 电话${tel} 我们在做工作`,
};

/** A report of one shape about two random people, in one of the town's grids. */
export function reportCase(header: string): fc.Arbitrary<Case> {
  return fc
    .tuple(fc.constantFrom(...Object.keys(SHAPES)), fc.uniqueArray(name, { minLength: 2, maxLength: 2 }), phone)
    .filter(([, [a, b]]) => !a!.includes(b!) && !b!.includes(a!))
    .map(([shape, [a, b], tel]) => ({ shape, names: [a!, b!], phones: [tel], text: SHAPES[shape]!(a!, b!, tel, header) }));
}
