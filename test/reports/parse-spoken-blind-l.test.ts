import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

// Classes widened after blind batch l (docs/reports.md), each said in words of our own that are in no data file.
const GRID = '杉树湾村六组本周走访了四十七户 ';
const HEAD = `${GRID}有一起纠纷 `;
const first = (story: string) => parseReport(HEAD + story).report.disputes[0];

describe('going on with the mediation (下周接着调, 明天继续做工作) is a round under way', () => {
  it.each(['喻某和幸某为田埂垮了的事吵 今天没谈拢 下周接着调', '幸某某两口子闹离婚 劝了一晚上没劝下来 明天接着做工作', '喻某欠幸某的砖钱 两家说不到一起 过几天继续协调'])(
    '%s',
    (story) => {
      expect(first(story)?.status).toBe('in_progress');
    },
  );

  it('接着 as "then" still ends a clause: 接着两家就认了错 is resolved', () => {
    expect(first('喻某和幸某为滴水吵 我们去说了一下 接着两家都认了错')?.status).toBe('resolved');
  });
});

describe('a type put in brackets beside the story (（其他类）) is the dispute type, 其他 included', () => {
  it.each([
    ['①两个年轻人在抖音上互相骂（其他类）还没处理 ②幸某家的狗咬了喻某的鸡 已赔了', ['other', 'neighbor']],
    ['喻某说幸某在他地边倒垃圾(属邻里纠纷) 已化解', ['neighbor']],
    ['幸某为修路占地跟喻某吵（类型：经济类）正在协调', ['economic']],
  ])('%s', (story, categories) => {
    const r = parseReport(GRID + (story.startsWith('①') ? `纠纷两起 ${story}` : `有一起纠纷 ${story}`));
    expect(r.ok).toBe(true);
    expect(r.report.disputes.map((d) => d.category)).toEqual(categories);
  });

  it('a bracket about a person or a field names no type: 喻某(邻居), 承包地(约两亩)', () => {
    expect(first('喻某(邻居)和幸某为承包地(约两亩)的边界吵 已化解')?.category).toBe('land');
  });
});
