import { describe, expect, it } from 'vitest';
import { parseDisputeLine, parseReport } from '../../src/grammar/parse.js';
import { messyCases } from './messy-cases.js';

// Each row: a report as typed on a phone, and what a careful reader takes from it (messy-cases.ts).
describe('weekly reports as typed on a phone', () => {
  it.each(messyCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = parseReport(c.text, c.reply ? { replyToReminder: true } : {});
    const e = c.expected;
    if ('errors' in e) {
      expect(r.ok).toBe(false);
      expect([...new Set(r.errors.map((x) => x.field))].sort()).toEqual([...e.errors].sort());
      // Every error says what is wrong in Chinese and shows the form to send.
      for (const x of r.errors) expect(x.message).toMatch(/\p{Script=Han}/u);
      return;
    }
    expect(r.errors).toEqual([]);
    // place.ts drops spaces inside a grid's name before looking it up.
    expect(r.report.grid?.replace(/\s+/gu, '')).toBe(e.grid);
    expect({ households: r.report.households, nil: r.report.nil }).toEqual({ households: e.households, nil: e.nil });
    expect(r.report.disputes.map((d) => [d.category, d.status, d.risks])).toEqual(e.disputes);
  });
});

describe('the rules behind those rows', () => {
  it('names the missing field and the form to write it in', () => {
    expect(parseReport('【周报】三组 平安无事').errors).toEqual([{ dispute: null, field: 'households', message: '缺少"排查户数"，请写成：排查户数:72' }]);
  });

  it('takes a bare 无 as nil only beside a grid or households', () => {
    expect(parseReport('【周报】三组，排查了56户，无').report.nil).toBe(true);
    expect(parseReport('无', { replyToReminder: true }).errors.map((e) => e.field)).toEqual(['header']);
    expect(parseReport('【周报】无').report.nil).toBe(false);
  });

  it('keeps the summary of a keyless dispute whole, the category split off at a space', () => {
    const r = parseReport('【周报】上司村三组 排查56户 纠纷1起\n①邻里 张某某和李某因排水沟吵架 已调处');
    expect(r.report.disputes[0]).toMatchObject({ category: 'neighbor', summary: '张某某和李某因排水沟吵架 已调处', status: 'resolved' });
  });

  it('reads a risk said in the story, but an explicit 风险 wins and everyday words flag nothing', () => {
    const story = (s: string, extra = '') =>
      parseReport(`【周报】网格：上司村三组 排查户数：56 纠纷：1件\n1.类型：邻里；当事人：甲某、乙某；事由：${s}${extra}`).report.disputes[0]?.risks;
    expect(story('争地，甲某扬言要拿刀砍人')).toEqual(['homicide']);
    expect(story('争地，甲某扬言要拿刀砍人', '；风险：无')).toEqual([]);
    expect(story('两家小孩打架，集体土地边界不清，多人围观')).toEqual([]);
    expect(story('争地，甲某表示不会上访')).toEqual([]);
  });

  it('reads risks in the #纠纷 command story the same way', () => {
    expect(parseDisputeLine('类型:经济 当事人:张某 事由:工钱没结，说要去北京告').dispute.risks).toEqual(['petition']);
  });

  it('does not take a category tally for a dispute', () => {
    const r = parseReport('【周报】网格：上司村三组 排查户数：56\n纠纷：0件\n邻里纠纷：0件\n家庭纠纷：本周无');
    expect(r.errors).toEqual([]);
    expect(r.report).toMatchObject({ nil: true, disputes: [] });
  });

  it('strips WeChat emoticons only at the edges of a value', () => {
    const r = parseReport('【周报】网格：上司村三组[强]\n排查户数：56\n纠纷：1件\n1.类型：邻里；当事人：甲某；事由：吵架[捂脸]后又和好；状态：已化解[玫瑰]');
    expect(r.report.grid).toBe('上司村三组');
    expect(r.report.disputes[0]?.summary).toBe('吵架[捂脸]后又和好');
  });
});
