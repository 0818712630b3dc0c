import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages } from '../../src/db/schema.js';
import { createLogger } from '../../src/kernel/logger.js';
import type { Harness } from '../../src/tools/replay/harness.js';
import { ADMIN_ROOM, allDisputes, lawqaHarness, memberId, textsTo } from '../lawqa/chat-support.js';

/**
 * The process dies right after the ledger's commit: the log line that follows the commit is where
 * this fake log port throws (once, when armed), so handling stops exactly there, as a crash would.
 */
function crashingLog() {
  const state = { armed: false };
  const sink = {
    write(line: string) {
      if (state.armed && line.includes('"msg":"disputes recorded"')) {
        state.armed = false;
        throw new Error('crash after the commit');
      }
    },
  };
  return { log: createLogger('info', sink), state };
}

let h: Harness & { closeAll(): Promise<void> };
const crash = crashingLog();
beforeAll(async () => {
  h = await lawqaHarness({ log: crash.log });
}, 60_000);
afterAll(() => h.closeAll());

/** What a crash leaves of a message: pending, its claim long expired (the pipeline's resume takes it). */
async function leftPending(text: string): Promise<void> {
  const [row] = await h.database.db
    .update(inboundMessages)
    .set({ status: 'pending', handledAt: null, error: null, route: null, claimedBy: null })
    .where(and(eq(inboundMessages.text, text), inArray(inboundMessages.status, ['failed', 'handled'])))
    .returning();
  if (!row) throw new Error(`no finished message "${text}" to leave pending`);
}

const later = (minutes: number) => new Date(h.clock.now().getTime() + minutes * 60_000);

async function casesOf(who: string) {
  const id = await memberId(h, who);
  return (await allDisputes(h)).filter((d) => d.reporterId === id);
}

describe('需要调解 when the process died between the ledger commit and the mark', () => {
  const cases: [string, string, string | null, string][] = [
    ['the reply to an answer', '孙老汉', '俺家地头的排水沟叫邻居拿土填了 一下雨水全淌俺田里 这咋弄', '需要调解'],
    ['details sent with it', '钱婶', null, '需要调解，隔壁盖房子把墙砌到俺家院里来了'],
    ['details without punctuation', '郑叔', null, '需要调解 邻居家的狗天天咬俺家鸡 说了也不管'],
  ];

  it.each(cases)('%s: one case, one code, one notice to the grid worker', async (_what, who, question, request) => {
    if (question) await h.say(who, question);
    crash.state.armed = true;
    await h.say(who, request);
    expect(crash.state.armed).toBe(false);
    await leftPending(request);
    // Before the restart handles it again, the resident asks once more (a new message).
    const repeat = await h.say(who, '需要调解');
    await h.app.pipeline.resume();
    const resumed = await h.advanceTo(later(5));
    const mine = await casesOf(who);
    expect(mine).toHaveLength(1);
    expect(textsTo(repeat, who).join('\n')).toContain(`已经转给网格员了（编号 ${mine[0]!.code}）`);
    expect([...repeat, ...resumed].filter((r) => r.to === '张网格' && (r.text ?? '').includes(mine[0]!.code))).toHaveLength(1);
    expect(mine[0]!.assigneeId).toBe(await memberId(h, '张网格'));
  });
});

describe('#纠纷 with a risk when the process died after the commit', () => {
  const cases: [string, string, boolean][] = [
    ['right after the ledger commit', '#纠纷 类型:邻里 当事人:孙某、钱某 事由:两家为地界吵起来 风险:扬言上访', true],
    ['after the reply, before the mark', '#纠纷 类型:土地 当事人:吴某、郑某 事由:争水渠 风险:扬言上访', false],
  ];

  it.each(cases)('%s: one case, one code, one alert', async (_when, text, early) => {
    const before = (await casesOf('张网格')).length;
    crash.state.armed = early;
    const first = await h.say('张网格', text);
    crash.state.armed = false;
    await leftPending(text);
    await h.app.pipeline.resume();
    const resumed = await h.advanceTo(later(5));
    const mine = await casesOf('张网格');
    expect(mine).toHaveLength(before + 1);
    const code = mine.at(-1)!.code;
    const alerts = [...first, ...resumed].filter((r) => r.to === ADMIN_ROOM && (r.text ?? '').includes(code));
    expect(alerts).toHaveLength(1);
    // The injected crash is caught by the pipeline, whose apology takes the message's first reply
    // slot, so the confirmation is only countable when the crash came after it.
    if (!early) expect([...first, ...resumed].filter((r) => r.to === '张网格' && (r.text ?? '').includes(code))).toHaveLength(1);
  });
});
