import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/reports/index.js';
import { storyRisks } from '../../src/safety/index.js';

describe('storyRisks', () => {
  it.each([
    ['王老五扬言要杀了李四', ['homicide']],
    ['两家为宅基地吵 男方说要杀他全家', ['homicide']],
    ['对方放话说迟早弄死他 已调解', ['homicide']],
    ['一方说要把对方房子点了', ['homicide']],
    ['工人们约了几十个人要去堵县政府大门', ['mass_incident']],
    ['老赵说不给钱就要去北京上访', ['petition']],
    ['女方扬言要喝农药', ['other']],
    ['婆婆说再逼她就跳河', ['other']],
    // Death said by a saying is a threat to kill.
    ['欠薪的工人放话要让老板一家见阎王 已调解', ['homicide']],
  ])('%s → %j', (story, risks) => expect(storyRisks(story)).toEqual(risks));

  it.each(['两家因为水沟吵了几句 已调解', '过年杀猪借了邻居的刀没还', '准备到法院打官司', '没有扬言要杀人', '如果再不给钱他可能会去上访', '孩子说要坐飞机上天'])(
    'no risk: %s',
    (story) => expect(storyRisks(story)).toEqual([]),
  );
});

describe('a report whose story carries a threat', () => {
  const report = (line: string) => `【周报】\n网格：拉然村四组\n排查户数：66\n纠纷：1件\n1.${line}`;

  it.each([
    ['类型:邻里 当事人:王老五、李四 事由:争地界 王老五扬言要杀了李四 状态:化解中', ['homicide']],
    ['类型:邻里 当事人:张某、赵某 事由:修房挡路 张某放话要杀他全家 状态:待化解', ['homicide']],
    ['类型:劳资 当事人:工人十余人 事由:欠薪 工人说不给钱就去北京上访 状态:化解中', ['petition']],
  ])('%s → %j', (line, risks) => {
    const r = parseReport(report(line));
    expect(r.errors).toEqual([]);
    expect(r.report.disputes[0]!.risks).toEqual(expect.arrayContaining(risks));
  });

  it('keeps the 风险 key when the report gives one', () => {
    const r = parseReport(report('类型:邻里 当事人:王老五、李四 事由:王老五扬言要杀了李四，已当面说清 状态:已化解 风险:无'));
    expect(r.report.disputes[0]!.risks).toEqual([]);
  });
});
