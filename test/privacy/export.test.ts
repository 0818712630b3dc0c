import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPerson, personJson, personText, purgePersonalData } from '../../src/privacy/index.js';
import type { Harness } from '../../src/tools/replay/harness.js';
import { depsAt, weekDatabase } from './support.js';
import { at } from './week.js';

const NOW = at('2026-12-04T12:00:00');
let h: Harness;
beforeAll(async () => {
  h = await weekDatabase();
}, 120_000);
afterAll(async () => {
  await h.close();
  await h.database.close();
});

describe('privacy export --person', () => {
  it('finds a party who is not on the roster through the cases naming them', async () => {
    const r = await collectPerson(h.database.db, '张某某');
    expect(r.members).toEqual([]);
    expect(r.disputes.map((d) => [d.code, d.roles])).toEqual([['SS-2026-0001', ['当事人']]]);
    expect(r.disputes[0]!.summary).toContain('排水沟堵塞');
  });

  it('gathers a worker’s roster row, messages, cases, reports, what the bot sent and their other records', async () => {
    const r = await collectPerson(h.database.db, '张网格');
    expect(r.members).toHaveLength(1);
    expect(r.members[0]).toMatchObject({ role: 'worker', village: '上司村', grid: '三组', active: true });
    expect(r.messages.map((m) => m.text)).toEqual(expect.arrayContaining([expect.stringContaining('【周报】'), expect.stringContaining('#回访 SS-2026-0001')]));
    expect(r.messages.some((m) => m.room === '上司村三组网格群')).toBe(true);
    expect(r.disputes.map((d) => [d.code, d.roles])).toEqual([
      ['SS-2026-0001', ['报送人']],
      ['SS-2026-0002', ['报送人']],
    ]);
    expect(r.reports.map((p) => [p.week, p.households])).toEqual([['2026-W48', 72]]);
    expect(r.received.some((m) => m.purpose === 'dispute-followup')).toBe(true);
    expect(r.other.map((o) => o.table)).toEqual(expect.arrayContaining(['dispute_events', 'followups']));
  });

  it('includes a resident’s questions and the Q&A log that points at her', async () => {
    const r = await collectPerson(h.database.db, '李大姐');
    expect(r.messages.map((m) => m.text)).toEqual(expect.arrayContaining([expect.stringContaining('杨春花'), expect.stringContaining('借钱不还')]));
    expect(r.other.find((o) => o.table === 'qa_log')?.rows).toHaveLength(2);
    expect(personText(r, NOW, 'Asia/Shanghai')).toContain('法律问答记录：');
  });

  it('never shows an invite code', async () => {
    await h.database.db.execute(sql`insert into invites (code, role, created_by, expires_at)
      select 'SECRET42', 'admin', id, now() + interval '1 day' from members where name = '王书记'`);
    const r = await collectPerson(h.database.db, '王书记');
    expect(r.other.find((o) => o.table === 'invites')?.rows).toEqual([expect.objectContaining({ code: '****', role: 'admin' })]);
    expect(personJson(r)).not.toContain('SECRET42');
  });

  it('lists an admin’s audited commands', async () => {
    const r = await collectPerson(h.database.db, '王书记');
    expect(r.audit.map((a) => a.command)).toEqual(expect.arrayContaining([expect.stringContaining('#台账')]));
    expect(r.disputes.map((d) => [d.code, d.roles])).toEqual([['SS-2026-0002', ['交办人']]]);
  });

  it('writes readable Chinese text and JSON', async () => {
    const r = await collectPerson(h.database.db, '张网格');
    const text = personText(r, NOW, 'Asia/Shanghai');
    expect(text).toContain('关于“张网格”保存的个人信息（2026-12-04 周五 12:00 导出）');
    for (const part of ['一、花名册（1）', '网格员｜上司村三组', '二、本人发来的消息', 'SS-2026-0001｜邻里｜已化解｜身份：报送人', '七、其他记录']) expect(text).toContain(part);
    const json = JSON.parse(personJson(r)) as { name: string; messages: unknown[] };
    expect(json.name).toBe('张网格');
    expect(json.messages).toHaveLength(r.messages.length);
  });

  it('says 无 where nothing is held, and shows nothing of a party once the case is anonymised', async () => {
    const nobody = personText(await collectPerson(h.database.db, '不存在的人'), NOW, 'Asia/Shanghai');
    expect(nobody).toContain('一、花名册（0）\n  无');
    const later = at('2029-12-05T10:00:00');
    await purgePersonalData(depsAt(h, later), { now: later });
    const r = await collectPerson(h.database.db, '张某某');
    expect(r.disputes).toEqual([]);
  });
});
