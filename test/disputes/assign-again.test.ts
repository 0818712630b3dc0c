import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { disputeEvents, disputes } from '../../src/db/schema.js';
import type { Dispute } from '../../src/ledger/index.js';
import { outboxRows, privately, say, withCases, type Harness, type Town } from './support.js';

let h: Harness;
let t: Town;
let d: Dispute;
withCases((s) => ({ h, t, d } = s));

const assignEvents = async () =>
  (await h.db.select().from(disputeEvents).where(eq(disputeEvents.disputeId, d.id)).orderBy(asc(disputeEvents.id))).filter((e) => e.action === 'assign');

// The pipeline handles a stored message again when a crash came after the ledger commit but before
// the message was marked handled: the assignment must stay one, with one notice to the assignee.
describe('#交办 handled again after a crash', () => {
  const cases: [string, (t: Town) => [string, { mentions?: string[]; mentionIds?: string[] }], string][] = [
    ['a mentioned mediator', (t) => [`#交办 ${d.code} @赵调解员\u2005 3天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] }], '赵调解员'],
    ['a name typed by hand with a date', () => [`#交办 ${d.code} 赵调解员 12月20日`, {}], '赵调解员'],
    ['a department, no deadline', () => [`#交办 ${d.code} 司法所`, {}], '司法所'],
    ['phone typing, full-width space', () => [`#交办　${d.code.toLowerCase()}　派出所　5天`, {}], '派出所'],
  ];

  it.each(cases)('%s: one assign event, the same answer', async (_what, make, to) => {
    const [text, mentions] = make(t);
    const first = await say(h, t.chief, text, mentions);
    const again = await say(h, t.chief, text, { ...mentions, messageId: first.messageId });
    expect(privately(first)).toContain(`已交办给 ${to}`);
    expect(await assignEvents()).toHaveLength(1);
    expect(privately(again)).toBe(privately(first));
    const notices = (await outboxRows(h.db)).filter((r) => r.purpose === 'dispute-assign');
    expect(notices).toHaveLength(to === '赵调解员' ? 1 : 0);
  });

  it('a second #交办 message is a re-assignment, recorded as its own event', async () => {
    await say(h, t.chief, `#交办 ${d.code} 司法所 3天`);
    await say(h, t.chief, `#交办 ${d.code} 派出所 5天`);
    expect((await assignEvents()).map((e) => [e.from, e.to])).toEqual([
      [null, '司法所'],
      ['司法所', '派出所'],
    ]);
    const [row] = await h.db.select().from(disputes).where(eq(disputes.id, d.id));
    expect(row!.assigneeText).toBe('派出所');
  });
});
