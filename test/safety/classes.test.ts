import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseDanger } from '../../src/safety/index.js';
import { calmRows, urgentRows } from './tables.js';

/** A blind batch kept as data: `{id, text, urgent, kind}` lines (kind is the writer's guess). */
function readBlind(name: string): { id: string; text: string; urgent: boolean }[] {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string; urgent: boolean });
}

// One row per class of wording the eighth blind batch showed missing, each in words of its own.
describe('classes of wording added after blind batch 8', () => {
  urgentRows([
    ['violence-now', '他把我男人打晕了 现在还在踢'],
    ['violence-now', '她婆家几个人轮流上 一直在打'],
    ['child-danger', '我家细娃放学被几个高年级的围在墙角踢'],
    ['violence-now', '我遭我哥关进柴房打 门都锁了'],
    ['weapon-threat', '他今早把斧头磨得亮亮的 说要去找村长拼命'],
    ['weapon-threat', '那人刀揣在怀里 在村口等我爸'],
    ['weapon-threat', '他从车上拔出一根铁棍 朝我们冲过来了'],
    ['weapon-threat', '有个人把砍刀别在腰上 在我们家门口晃'],
    ['arson-poison-threat', '他喊今晚来烧他们家的房子 汽油都买好了'],
    ['child-danger', '我孙女在晒场玩 一转身就不见了 找了一个多小时'],
    ['child-danger', '一个外地口音的男的在小卖部门口喊我家娃跟他走'],
    ['child-danger', '娃他爸喝高了 硬要把娃从幼儿园抢走'],
    ['child-danger', '我儿子在学校被同学用笔戳 现在一直哭'],
    ['violence-now', '他拿擀面杖往我头上敲 不停手'],
    ['other-emergency', '我妈噎着了 气喘不上来 嘴唇都乌了'],
    ['weapon-threat', '他放话说要敲断我的腿 现在就在路口等着'],
    ['stalking-assault', '有个男的在路上撕我衣服 我挣脱了 他还在后面'],
    ['home-emergency', '大堤那里冲开一个缺口 快叫人'],
    ['detention', '他们不让我走 手机也不还 我好怕'],
    ['self-harm', '我姐哭了一晚上 刚才一个人往河里走'],
    ['violence-now', '他吃了酒又在发神经 把我妈往门框上磕'],
    ['self-harm', '我表哥朋友圈发了个永别 电话打了十几个都不回'],
    ['violence-now', '他把我从灶房拽出去扇 一直扇'],
    ['weapon-threat', '对面车里露出来一把刀 那个人还在我家门口停着'],
    ['arson-poison-threat', '他扬言要往村委会扔雷管'],
    ['self-harm', '我妹在大腿上拿刀片割 现在还在割'],
    ['child-danger', '几个娃去水库游泳 有一个到现在没冒头'],
  ]);

  calmRows([
    '他喊着要砍我 开玩笑的 我俩从小玩到大',
    '娃儿刚才掉水沟里了 自己爬起来了 就是衣服湿了',
    '我被锁在外面了 家里没人 哪里能找到开锁的',
    '刚把刀磨好 明天杀年猪',
    '我家娃把维生素当糖吃了两颗 要紧不',
    '我姑娘在学校跟同学闹了点矛盾 老师已经处理了',
    '他说过两天来我家喝酒 烧两个菜',
    '听人说别的村有人跳河了 不晓得真假',
    '学校组织学习防溺水安全知识 家长要签字',
    '我妈天天说不想活了 那是她的口头禅 吃得好睡得好',
    '热水器点不着火 找谁修',
    '抢劫和抢夺有什么区别',
    '假如小偷翻进我家 我用锄头打伤他要坐牢吗',
    '下午去河里洗澡 刚上来 水好凉',
    '朋友圈里刷到有人在桥上要跳 不晓得是哪里',
  ]);

  it('an injury, then the beating still going on, then a plea: the aftermath does not win', () => {
    expect(recogniseDanger('他把我打伤了，现在还在打，快来')).toMatchObject({ urgent: true, kind: 'violence-now' });
    expect(recogniseDanger('他把我打伤了 医药费要他出吗').urgent).toBe(false);
  });
});

// Blind batch 8, kept as data: urgent and calm as labelled (its kinds are the writer's guess, not checked).
const BLIND8 = readBlind('blind-8.jsonl');

describe('blind batch 8', () => {
  it.each(BLIND8.map((c) => [c.id, c.text, c.urgent] as const))('%s: %s → %s', (_id, text, urgent) => {
    expect(recogniseDanger(text).urgent).toBe(urgent);
  });
});

// Blind batch 9 was written after the first three passes and measured once, untouched: 28/30
// urgent found and 1/30 calm alarmed. The fourth pass fixed the classes of its misses (发癫, 把我往灶台上撞,
// a farewell posted on 朋友圈, 有什么区别); held to what it scores now.
const BLIND9 = readBlind('blind-9.jsonl');

describe('blind batch 9 as a whole', () => {
  it('finds 30 of 30 urgent and alarms on none of 30 calm', () => {
    const found = BLIND9.filter((c) => c.urgent && recogniseDanger(c.text).urgent).length;
    const alarms = BLIND9.filter((c) => !c.urgent && recogniseDanger(c.text).urgent).length;
    expect([found, alarms]).toEqual([30, 0]);
  });
});

// Blind batch 10 was written after the fourth pass and measured once, untouched: 15/20 urgent
// found and 1/20 calm alarmed (the final unseen number for this work). The fifth pass fixed the
// classes of its misses; held to what it scores now.
describe('blind batch 10 as a whole', () => {
  it('finds 20 of 20 urgent and alarms on none of 20 calm', () => {
    const batch = readBlind('blind-10.jsonl');
    const found = batch.filter((c) => c.urgent && recogniseDanger(c.text).urgent).length;
    const alarms = batch.filter((c) => !c.urgent && recogniseDanger(c.text).urgent).length;
    expect([found, alarms]).toEqual([20, 0]);
  });
});
