import { describe, expect, it } from 'vitest';
import { replayScenario, shownText } from '../../src/tools/replay/run.js';
import { scenarioSchema } from '../../src/tools/replay/scenario.js';

describe('shownText', () => {
  it('shows a group answer once with its @, as Wechaty already wrote it into the text', () => {
    const r = { to: '网格群', toKind: 'room' as const, text: '@张网格\u2005收到。', mentions: ['张网格'] };
    expect(shownText(r)).toBe('@张网格\u2005收到。');
  });

  it('adds a mention the text does not carry, and shows a file by its name', () => {
    expect(shownText({ to: '网格群', toKind: 'room', text: '请报周报', mentions: ['李网格'] })).toBe('@李网格 请报周报');
    expect(shownText({ to: '王书记', toKind: 'contact', fileName: '台账.xlsx', mentions: [] })).toBe('[文件] 台账.xlsx');
  });
});

describe('the replay transcript', () => {
  it('shows each message at the virtual time it was sent, not at the end of a long `at` step', async () => {
    const scenario = scenarioSchema.parse({
      start: '2026-12-03T09:00:00+08:00',
      people: [
        { name: '王书记', role: 'admin' },
        { name: '张网格', role: 'worker', grid: '上司村一组' },
      ],
      rooms: [{ topic: '综治中心工作群', admin: true, members: ['王书记'] }],
      steps: [{ at: '2026-12-08T12:00:00+08:00' }, { expect: { to: '张网格', contains: ['【周报提醒】'] } }],
    });
    const result = await replayScenario(scenario);
    expect(result.failure ?? null).toBeNull();
    const text = result.transcript.join('\n');
    expect(text).toContain('← 机器人 → 私聊 张网格 (2026-12-04 周五 09:00)');
    expect(text).toContain('← 机器人 → 私聊 张网格 (2026-12-05 周六 18:00)');
    expect(text).toContain('← 机器人 → 群「综治中心工作群」 (2026-12-07 周一 08:30)');
  });
});
