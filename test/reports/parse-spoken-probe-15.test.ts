import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

// Classes widened after our probe 15 (docs/reports.md), each said in words of our own that are in no data file.
const GRID = '松坪村三组本周走访了五十二户 ';
const HEAD = `${GRID}有一起纠纷 `;
const first = (story: string) => parseReport(HEAD + story).report.disputes[0];

describe('a nil statement spaced word by word in a voice run (没得 啥子 矛盾) is nil', () => {
  it.each(['松坪村三组 本周 走访了 四十户 没有 什么 纠纷', '松坪村三组 这周走访50户 啥子 事 都没得'])('%s', (text) => {
    const r = parseReport(text);
    expect(r.ok).toBe(true);
    expect(r.report.nil).toBe(true);
  });
});

describe('what the land and forest schemes pay (退耕还林补助, 公益林补偿) is a land matter', () => {
  it.each(['谭某说他家的退耕还林补贴被符某冒领了 已上报', '符某对公益林补偿款怎么分不满意 正在协调'])('%s', (story) => {
    expect(first(story)?.category).toBe('land');
  });
});

describe('a jump from upstairs (从楼上跳下去) is a threat to die, not the neighbours upstairs', () => {
  it.each(['谭某的儿子不想读书 说再逼他就从楼上跳下去 已劝好', '符某某跟老公吵 说要从楼上往下跳 妇联在劝'])('%s', (story) => {
    const d = first(story);
    expect(d?.category).toBe('family');
    expect(d?.risks).toContain('other');
  });
});

describe('fire promised with 把, the building first (把他家的房子点了), is other and no killing', () => {
  it.each(['谭某说再占他的路就把符某家的猪圈烧了 已化解', '符某扬言拿柴油把谭家的柴房点了 派出所已介入'])('%s', (story) => {
    expect(first(story)?.risks).toEqual(['other']);
  });
});

describe('a crowd counted in words (三十来个人) blocking a road is massed', () => {
  it.each(['组里四十几个人说要去把进村的路口堵了 已上报', '三十来个人要去把路拦了不让拉矿的车过 正在协调'])('%s', (story) => {
    expect(first(story)?.risks).toContain('mass_incident');
  });

  it('one household blocking its own path is not: 谭某把自家门前的路堵了', () => {
    expect(first('谭某把自家门前的路堵了 符某过不去 正在协调')?.risks).not.toContain('mass_incident');
  });
});

describe('a blade promised to a person (要砍了她, 要捅他) is a threat to kill, in the order said', () => {
  it('%s', () => {
    expect(first('谭某喝了酒说要砍了符某 已化解')?.risks).toContain('homicide');
  });

  it.each([
    ['谭某两口子吵 谭某说要先捅了她再跳河 派出所已介入', ['homicide', 'other']],
    ['符某为彩礼跟亲家闹 说要先喝农药再砍了他们 正在协调', ['other', 'homicide']],
  ])('%s', (story, risks) => {
    expect(first(story)?.risks).toEqual(risks);
  });
});
