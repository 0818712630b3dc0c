import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

// Classes widened after blind batch k (docs/reports.md), each said in words of our own that are in no data file.
const GRID = '枫木坪村四组本周走访了五十三户 ';
const HEAD = `${GRID}有一起纠纷 `;
const first = (story: string) => parseReport(HEAD + story).report.disputes[0];

describe('a particle the speaker pauses on between the village and its group (枫木坪村啊四组) joins them', () => {
  it.each([
    ['嗯枫木坪村啊四组这周走访六十一户没得纠纷', '枫木坪村四组'],
    ['青冈坝村呀 二组 本周走访40户 一切正常', '青冈坝村二组'],
    ['报一下 石笋村哈三组走访了三十五户 风平浪静', '石笋村三组'],
  ])('%s', (text, grid) => {
    const r = parseReport(text);
    expect(r.ok).toBe(true);
    expect(r.report.grid).toBe(grid);
  });
});

describe('a threat to kill several people together (把老婆孩子一起砍死) is a threat to kill', () => {
  it.each(['谭某两口子吵架 谭某喝醉了说要把老婆孩子一起砍死 已劝好', '符某某为彩礼跟亲家闹 扬言要把她和娃娃一起打死 正在协调', '谭某说要把他和老婆都打死 派出所已介入'])(
    '%s',
    (story) => {
      expect(first(story)?.risks).toContain('homicide');
    },
  );

  it('a creature killed with them is still none: 把他家的鸡鸭一起毒死', () => {
    expect(first('谭某和符某为鸡鸭吵 谭某说要把他家的鸡鸭一起毒死 已化解')?.risks).not.toContain('homicide');
  });
});

describe('a type put after the type key without its colon (类型其他（…）) is the dispute type', () => {
  it.each([
    ['纠纷1件 类型其他（有人在河沟边烧垃圾 烟熏到学校） 正在协调', 'other'],
    ['纠纷一件 类别是邻里 符某和谭某为田坎上的柴堆吵 已化解', 'neighbor'],
    ['纠纷类型其他 谭某和符某在宅基地边上为停车的事吵 跟进中', 'other'],
  ])('%s', (story, category) => {
    const r = parseReport(GRID + story);
    expect(r.ok).toBe(true);
    expect(r.report.disputes.map((d) => d.category)).toEqual([category]);
  });
});

describe('animals that got into crops (鸭子进了菜地) are the neighbours’ matter, whoever’s crops they were', () => {
  it.each(['几只鹅钻到秧田里 两家吵了几句 已说通', '谭某某喂的羊进了菜地 符某不依 正在协调', '邻里为鸡跑进菜园吵嘴 已化解'])('%s', (story) => {
    expect(first(story)?.category).toBe('neighbor');
  });

  it('land said as the matter still wins: 牛跑进了承包地 … 界线 stays land', () => {
    expect(first('符某和谭某为承包地的界线吵 谭某的牛还跑进了地里 正在协调')?.category).toBe('land');
  });
});

describe('a group fetched to wreck the other side’s things (叫上全组的人去把他家的坝挖了) is a crowd massed', () => {
  it.each(['符某扬言要喊上组里的人把谭家的堡坎推倒 已上报', '两家为水沟吵 谭某说要约齐族里的人把那截水管拆了 正在协调'])('%s', (story) => {
    expect(first(story)?.risks).toContain('mass_incident');
  });

  it('in the order said, a petition after it: 约寨子里的人去把…拆了 还要上访', () => {
    expect(first('谭某为用水跟符某吵 说要约寨子里的人去把水管拆了 还说要去县里上访 正在协调')?.risks).toEqual(['mass_incident', 'petition']);
  });
});

describe('a first visit planned for a case said untouched (还没处理 下周去现场看) stays pending', () => {
  it.each([
    ['符某说谭某把界桩挪了 还没处理 明天去现场看', 'pending'],
    ['谭某和符某为宅基地吵 没来得及处理 过两天到现场看', 'pending'],
    // With nothing said before it the visit is a step; 再去 is a visit again.
    ['谭某和符某为宅基地吵 明天去现场看', 'in_progress'],
    ['谭某和符某为宅基地吵 还没化解 下周再去调', 'in_progress'],
  ])('%s', (story, status) => {
    expect(first(story)?.status).toBe(status);
  });
});
