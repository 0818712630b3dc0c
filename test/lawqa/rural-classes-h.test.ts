import { describe, expect, it } from 'vitest';
import { recogniseDanger } from '../../src/safety/index.js';
import { type ClassRow, classesAnswered } from './classes-table.js';

const CIVIL = '中华人民共和国民法典';

// Classes rural-h (another writer's blind set, first run hit@3 80.8%, 2 false alarms) showed, each in
// wordings of our own that are in no set: the right article must be among the three shown. Of 15
// such wordings written before any fix, 5 passed; after the fixes 13 do. The two still missed are
// in docs/lawqa.md (评测, rural-h) and not listed here.
const CLASSES: ClassRow[] = [
  ['a tree blown over onto what is ours', '坡上他家那棵大柏树遭风吹倒了 压烂我家猪圈的顶 他说老天爷刮的风不赔', CIVIL, 1257],
  ['a tree blown over onto what is ours', '邻居院里的核桃树昨晚倒下来 把我家的围墙砸垮一截 要他赔不', CIVIL, 1257],
  ['a tree blown over onto what is ours', '路边那家的桉树倒了砸到我停在下面的三轮车 他说是天灾 该哪个出钱', CIVIL, 1257],
  ['the way across his ground shut off', '我去地里要从他家院坝边过 走了十多年 他今年砌了道墙不准走 我咋去干活', CIVIL, 291],
  ['the way across his ground shut off', '出门只有从邻居田埂上过 他把田埂挖断了不让过 有办法没', CIVIL, 291],
  ['last words before witnesses, not written', '我爷爷临走前躺在床上 当着村长和邻居两个人说 房子给我爸 没写遗嘱 算数不', CIVIL, 1138],
  ['last words before witnesses, not written', '老妈病危的时候嘴上交代 存款给小女儿 当时有两个邻居听到 大哥说不作数', CIVIL, 1138],
  ['last words before witnesses, not written', '奶奶快咽气时跟来看她的两个老姊妹说 镯子留给我 没留字 这个有效没', CIVIL, 1138],
  ['a loan never asked back for years', '五年前借了两万给同学 一直没问他要 现在起诉还有用不', CIVIL, 188],
  ['a loan never asked back for years', '别人欠我货款拖了三年多 中间我一次都没催 现在告他法院还管不', CIVIL, 188],
  ['a loan never asked back for years', '三年多前借给亲戚的钱 一直没去讨 现在去法院来得及不', CIVIL, 188],
  ['a new house taking our sun', '对门新盖的楼房有四层 挡得我家屋里白天都要开灯 能不能叫他赔', CIVIL, 293],
  ['a new house taking our sun', '隔壁起新房子贴着我家墙修 比我家高一大截 屋头见不到太阳了 找哪个', CIVIL, 293],
  // 这个违法不 at the end asks about the matter told, not about a crime.
  ['a new house taking our sun', '前面那户把房子加高了两层 我家院坝一年到头晒不到太阳 这个违法不', CIVIL, 293],
];

classesAnswered('rural-h question classes on the shared corpus', CLASSES);

describe('rural-h calm wordings for safety', () => {
  it.each([
    // A house built close against ours is no body touched.
    '他家新房子紧贴着我家修 一点缝都不留 能找他不',
    '隔壁砌的猪圈贴着我屋墙 臭气熏天 能叫他拆不',
    '对面修的厕所贴着我们家灶房 臭得很 咋个办',
    // A building part crushed by something fallen, asked about as who pays.
    '他家的电杆倒了把我家偏房压塌了 他说不关他的事',
    '山上滚下来的石头把我家牛圈砸烂了 找哪个赔',
    '邻居的树倒下来把我家棚子砸垮了 要他赔不',
  ])('is not urgent: %s', (text) => {
    expect(recogniseDanger(text).urgent).toBe(false);
  });

  it.each([
    '公交车上有个男的一直贴着我 我好怕 现在还在',
    '房子塌了 我妈压在下面出不来 快来人',
    '大风把我家偏房吹垮了 人压在底下出不来',
    '树倒下来把我家灶房砸垮了 我奶奶还在里头没出来',
  ])('stays urgent: %s', (text) => {
    expect(recogniseDanger(text).urgent).toBe(true);
  });
});
