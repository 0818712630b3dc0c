import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

const report = (parties: string) => `【周报】网格:上司村三组 排查户数:72\n1. 类型:邻里;当事人:${parties};事由:宅基地界址不清;状态:待化解`;

describe('当事人 lists: brackets hold the details of the person before them', () => {
  it.each([
    ['杨秀英（女，52岁）、潘老三（男）', ['杨秀英（女，52岁）', '潘老三（男）']],
    ['杨秀英(女,52岁),潘老三(男,60岁)', ['杨秀英(女,52岁)', '潘老三(男,60岁)']],
    ['王某某（户主，与李某是亲戚）和李某', ['王某某（户主，与李某是亲戚）', '李某']],
    ['张和平、李来福', ['张和平', '李来福']],
    ['谢和喜与龙某', ['谢和喜', '龙某']],
    ['张三和李四', ['张三', '李四']],
  ])('%s → %j', (typed, parties) => {
    const parsed = parseReport(report(typed));
    expect(parsed.ok).toBe(true);
    expect(parsed.report.disputes[0]?.parties).toEqual(parties);
  });
});
