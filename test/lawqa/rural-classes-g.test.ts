import { describe, expect, it } from 'vitest';
import { outOfScopeReason } from '../../src/lawqa/guard.js';
import { type ClassRow, classesAnswered } from './classes-table.js';

const CIVIL = '中华人民共和国民法典';
const LAND_LEASE = '中华人民共和国农村土地承包法';
const INJURY = '最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释';
const ROADS = '中华人民共和国道路交通安全法';

// Classes rural-g (another writer's blind set, first run hit@3 76.9%) showed, each in wordings of
// our own that are in no set: the right article must be among the three shown. Of 17 such wordings
// written after the fixes, 13 passed; the four misses are in docs/lawqa.md (评测, rural-g).
const CLASSES: ClassRow[] = [
  ['a child to take the mother’s surname', '我想把儿子的姓改成随母姓 他爸不同意咋办', CIVIL, 1015],
  ['a child to take the mother’s surname', '前夫说娃改姓就不给抚养费了 娃能跟我姓不', CIVIL, 1015],
  ['under the marriage age, said as the age', '我家女子才十八岁 婆家要先办酒 证等到年龄够了再扯 行不行', CIVIL, 1047],
  ['under the marriage age, said as the age', '儿子二十岁 想结婚 年龄不够能不能先领证', CIVIL, 1047],
  ['under the marriage age, said as the age', '姑娘没满二十 对方催着结婚 这个合法不', CIVIL, 1047],
  ['something falls off a house onto a person', '隔壁房檐上的瓦片掉下来 砸到我老汉的肩膀 该他家赔不', CIVIL, 1253],
  ['something falls off a house onto a person', '走街上被店门口的招牌掉下来砸伤了 找哪个赔', CIVIL, 1253],
  ['something falls off a house onto a person', '他家楼上的花盆掉下来 把我家娃砸破了头 缝了几针 找哪个赔', CIVIL, 1254],
  ['land let by word of mouth', '有人想租我家五亩地种辣椒 说口头说好就行 不签合同要得不', LAND_LEASE, 40],
  ['land let by word of mouth', '把田租给合作社十年 没签合同 只是口头讲好 以后会不会扯皮', LAND_LEASE, 40],
  ['land let by word of mouth', '老板租我们组的地 说不用签合同 书面合同有没有必要', LAND_LEASE, 40],
  ['unpaid help, hurt', '去帮亲戚家盖房子 没要工钱 从梯子上摔下来把脚摔断了 他家该出医药费不', INJURY, 5],
  ['unpaid help, hurt', '帮忙起房子不要工钱的 被砖头砸了腰 主人家该赔好多', INJURY, 5],
  ['drink said by the cup, stopped', '喝了几杯酒骑摩托回家 遭交警拦到了 要扣驾照不', ROADS, 91],
];

classesAnswered('rural-g question classes on the shared corpus', CLASSES);

describe('scope of the rural-g wordings', () => {
  it.each([
    // Farming technique, and copy written for selling or posting.
    '包谷叶子发黄了 是不是缺肥',
    '种洋芋要撒哪样肥 撒好多',
    '帮我写一段卖蜂蜜的朋友圈 要吸引人',
    '帮我编几句卖猪肉的广告词',
  ])('declines %s', (q) => {
    expect(outOfScopeReason(q)).not.toBeNull();
  });

  it.each(['他在朋友圈写我坏话 能告他不', '邻居打药飘到我家辣椒上 叶子发黄了 要他赔'])('keeps %s in scope', (q) => {
    expect(outOfScopeReason(q)).toBeNull();
  });
});
