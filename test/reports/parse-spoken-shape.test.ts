import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

const fields = (text: string) => {
  const r = parseReport(text);
  return r.ok ? 'ok' : r.errors.map((e) => e.field).join(',');
};

// A worker's message is a weekly report by its shape (the week's count, or two of grid, households,
// report word, nil, dispute count), never by a dispute story alone. Wordings our own.
describe('a dispute story or a plea from a worker is not a report', () => {
  it.each([
    ['翁岗村四组韦某和他侄儿为老屋基吵起来了，已经喊派出所来了'],
    ['甲定村二组两家为抢水打起来了 我正往那边赶'],
    ['拉揽村七组的潘某喝醉了跟人动手 后来被他屋头的人拉回去了'],
    ['麻烦中心派个人来看下 水井村三组那两家为地界扯了好久了'],
    ['蒙某欠他老表的钱不还 两家天天吵 这种咋个整嘛'],
    ['岩寨五组好几户为修机耕道占地闹起来了，中心帮忙看看'],
    ['韦某说要去上面告村干部 我们该找哪个部门'],
    ['打羊村一组那个扯皮的事又闹起来了 村主任已经过去了'],
  ])('%s', (text) => {
    expect(fields(text)).toBe('header');
  });
});

describe('a message with report shape that lacks one part still names that part', () => {
  it.each([
    ['这周走访了七十几户 甲定村二组平安无事', 'households'],
    ['本周拉揽村七组没得啥子矛盾', 'households'],
    ['这个礼拜走访八十一户 没得纠纷', 'grid'],
  ])('%s → %s', (text, field) => {
    expect(fields(text)).toBe(field);
  });
});

describe('report shape without a dispute count or keys still reads as a report', () => {
  it.each([['翁岗村四组 走访六十八户 太平得很'], ['甲定村二组本周82户 一切正常'], ['拉揽村七组这周走了七十五户 韦某和潘某为田坎吵架 已经说通了']])('%s', (text) => {
    expect(fields(text)).toBe('ok');
  });
});
