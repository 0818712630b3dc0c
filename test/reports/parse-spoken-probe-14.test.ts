import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

// Classes widened after our probe 14 (docs/reports.md), each said in words of our own that are in no data file.
const GRID = '青冈林村九组本周走访了六十六户 ';
const HEAD = `${GRID}有一起纠纷 `;
const first = (story: string) => parseReport(HEAD + story).report.disputes[0];

describe('a life called a dog’s (要他的狗命) is a threat to kill', () => {
  it.each(['谭某说谁再挖他家田坎就取他狗命 已化解', '符某喝醉了指着谭某骂 要你的狗命 正在协调'])('%s', (story) => {
    expect(first(story)?.risks).toContain('homicide');
  });
});

describe('a farm poison named as the one to swallow (喝敌敌畏, 吃老鼠药) is a threat to die', () => {
  it.each(['符某某两口子闹离婚 女方说离就吃老鼠药 正在协调', '谭某的老婆哭着说要喝百草枯 妇联在劝'])('%s', (story) => {
    expect(first(story)?.risks).toContain('other');
  });
});

describe('the husband’s family (婆家) is a family matter', () => {
  it.each(['谭某某跟婆家为带孩子的事吵 已劝好', '符某回婆家拿东西 两边闹起来 正在协调'])('%s', (story) => {
    expect(first(story)?.category).toBe('family');
  });
});

describe('a fee for a job done or goods hauled (运费, 工费) unpaid is an economic matter', () => {
  it.each(['谭某帮符某犁田 工费三百 一直拖着 还在催', '符某给谭某家拉了两车砖 车费没结 正在协调'])('%s', (story) => {
    expect(first(story)?.category).toBe('economic');
  });
});

describe('a body that came to do its work (林业站来勘界了) has the case', () => {
  it.each(['符某和谭某为山界吵 县林业局来勘察了', '谭某说符某的围墙占了路 镇国土所已经来测量了'])('%s', (story) => {
    expect(first(story)?.status).toBe('escalated');
  });
});

describe('a nil said with what did not happen (啥子矛盾也没发生) or as a plain week (平平淡淡)', () => {
  it.each(['石坎村二组这周走访了五十户 啥子矛盾也没发生', '石坎村二组本周走访48户 一件纠纷都没出现', '石坎村二组这周走了六十户 平平淡淡的'])('%s', (text) => {
    const r = parseReport(text);
    expect(r.ok).toBe(true);
    expect(r.report.nil).toBe(true);
  });

  it('what someone did not do is no nil: 这事他也没出面', () => {
    expect(parseReport('石坎村二组本周走访48户 纠纷一起 谭某欠符某工钱的事 他也没出面 正在协调').report.nil).toBe(false);
  });
});

describe('a step spaced out word by word in a voice run (还在 催, 现在 好了) is still the step', () => {
  it.each([
    ['谭某 欠 符某 两千 块 现在 还在 催', 'in_progress'],
    ['两家 为 滴水 吵 后来 说好 每家 出一半 现在 好了', 'resolved'],
    ['谭某 和 符某 为 宅基地 吵 已经 化解', 'resolved'],
  ])('%s', (story, status) => {
    expect(first(story)?.status).toBe(status);
  });
});

describe('a promise to stop the nuisance (答应晚上不开机了) settles it', () => {
  it.each(['符某家的狗半夜叫 符某保证以后不再放出来了', '谭某打麻将吵到隔壁 谭某答应晚上不打了'])('%s', (story) => {
    expect(first(story)?.status).toBe('resolved');
  });

  it('a promise to pay, still unpaid, is not: 答应月底还 还没还', () => {
    expect(first('谭某欠符某五千块 答应月底还 还没还')?.status).not.toBe('resolved');
  });
});
