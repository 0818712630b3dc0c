import { describe, expect, it } from 'vitest';
import { COMMANDS, helpText } from '../../src/admin/index.js';
import { parseLeave } from '../../src/reports/leave/leave-parse.js';
import { SUBCOMMANDS } from '../../src/reports/cycle/settings-commands.js';
import { createCalendar } from '../../src/kernel/calendar.js';
import { realClock } from '../../src/kernel/clock.js';

// The command table drives #帮助 and the README: whatever the reports capability answers must be in it.
const reportUsages = COMMANDS.filter((c) => c.capability === 'reports').map((c) => c.usage);
const NOW = new Date('2026-12-02T09:00:00+08:00');

describe('the command table for weekly reports', () => {
  it.each(SUBCOMMANDS)('lists #周报 %s', (sub) => {
    expect(reportUsages.some((u) => u.startsWith(`#周报 ${sub}`))).toBe(true);
  });

  it('lists both ways to end a leave early, and both are what the leave parser reads as cancelling', () => {
    expect(reportUsages).toContain('#请假 取消');
    expect(reportUsages).toContain('#销假');
    expect(parseLeave('取消', NOW, createCalendar(realClock(), 'Asia/Shanghai'))).toEqual({ ok: true, value: { kind: 'cancel' } });
  });

  it('offers the cancelling commands to workers and chiefs in #帮助, not to residents', () => {
    for (const role of ['worker', 'chief'] as const) {
      expect(helpText(role)).toContain('#请假 取消');
      expect(helpText(role)).toContain('#销假');
    }
    expect(helpText('resident')).not.toContain('#销假');
    expect(helpText('admin')).toContain('#周报 恢复');
  });
});
