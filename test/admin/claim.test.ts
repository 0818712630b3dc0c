import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInvite, normalizeCode } from '../../src/admin/index.js';
import { invites, members } from '../../src/db/schema.js';
import type { Member } from '../../src/db/types.js';
import { addMember, addRoom, auditRows, harness, reset, say, type Harness } from './support.js';

const REFUSED = '邀请码无效或已过期，请向管理员要一个新的。';
const HOUR = 3_600_000;
let h: Harness;
beforeAll(async () => {
  h = await harness();
});
beforeEach(() => reset(h));
afterAll(() => h.close());

const roleOf = async (m: Member) => (await h.db.select().from(members).where(eq(members.id, m.id)))[0]!.role;

describe('invite codes', () => {
  it('are 8 readable characters without ambiguous letters, and forgive case, dashes and full width', async () => {
    const { code, role, expiresAt } = await createInvite(h.db, h.clock, {});
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(role).toBe('admin');
    expect(expiresAt.getTime() - h.clock.now().getTime()).toBe(24 * HOUR);
    expect(normalizeCode('ab3d-ef7h')).toBe('AB3DEF7H');
    expect(normalizeCode('ＡＢ３Ｄ　ＥＦ７Ｈ')).toBe('AB3DEF7H');
  });
});

describe('#认领', () => {
  it('binds the sender as admin with a valid code, once', async () => {
    const { code } = await createInvite(h.db, h.clock, { role: 'admin', ttlHours: 24 });
    const first = await addMember(h.db, '王书记', 'resident');
    const said = await say(h, first, `#认领 ${code.toLowerCase()}`);
    expect(said.replies[0]).toContain('你现在是管理员');
    expect(await roleOf(first)).toBe('admin');
    const [row] = await h.db.select().from(invites).where(eq(invites.code, code));
    expect(row).toMatchObject({ usedBy: first.id, usedAt: h.clock.now() });

    const second = await addMember(h.db, '冒名者', 'resident');
    expect((await say(h, second, `#认领 ${code}`)).replies).toEqual([REFUSED]);
    expect(await roleOf(second)).toBe('resident');
  });

  it('grants the role named in the invite', async () => {
    const { code } = await createInvite(h.db, h.clock, { role: 'mediator' });
    const m = await addMember(h.db, '赵调解', 'resident');
    expect((await say(h, m, `＃认领　${code}`)).replies[0]).toContain('调解员');
    expect(await roleOf(m)).toBe('mediator');
  });

  it.each([
    ['an expired code', 25 * HOUR, (code: string) => code],
    ['a wrong code', 0, () => 'ABCDEFGH'],
    ['a code with one letter changed', 0, (code: string) => (code[0] === 'A' ? 'B' : 'A') + code.slice(1)],
  ])('refuses %s with the same answer', async (_what, wait, typed) => {
    const { code } = await createInvite(h.db, h.clock, { ttlHours: 24 });
    const m = await addMember(h.db, '某人', 'resident');
    const said = await say(h, m, `#认领 ${typed(code)}`, { now: new Date(h.clock.now().getTime() + wait) });
    expect(said.replies).toEqual([REFUSED]);
    expect(await roleOf(m)).toBe('resident');
  });

  it('voids a code posted in a group and grants nothing', async () => {
    const { code } = await createInvite(h.db, h.clock, {});
    const room = await addRoom(h.db, '上司村三组网格群', 'grid');
    const m = await addMember(h.db, '某人', 'resident');
    expect((await say(h, m, `#认领 ${code}`, { room })).replies[0]).toContain('已作废');
    expect((await say(h, m, `#认领 ${code}`)).replies).toEqual([REFUSED]);
    expect(await roleOf(m)).toBe('resident');
  });

  it('audits every attempt without storing the code', async () => {
    const { code } = await createInvite(h.db, h.clock, {});
    const m = await addMember(h.db, '王书记', 'resident');
    await say(h, m, '#认领 WRONG123');
    await say(h, m, `#认领 ${code}`);
    const audit = await auditRows(h.db);
    expect(audit.map((a) => [a.command, a.ok])).toEqual([
      ['#认领 ****', false],
      ['#认领 ****', true],
    ]);
    expect(JSON.stringify(audit)).not.toContain(code);
  });
});

describe('#邀请', () => {
  it('gives an admin a new code privately, and it works for the invitee', async () => {
    const admin = await addMember(h.db, '王书记', 'admin');
    const room = await addRoom(h.db, '综治中心工作群', 'admin');
    const said = await say(h, admin, '#邀请 管理员', { room });
    expect(said.replies[0]).toContain('已私聊发给你');
    const code = /邀请码：([A-Z0-9]{8})/.exec(said.privateReplies[0] ?? '')?.[1];
    expect(code).toBeDefined();
    expect(said.replies[0]).not.toContain(code!);
    expect(JSON.stringify(await auditRows(h.db))).not.toContain(code!);
    const invitee = await addMember(h.db, '刘主任', 'resident');
    expect((await say(h, invitee, `#认领 ${code}`)).replies[0]).toContain('管理员');
    expect(await roleOf(invitee)).toBe('admin');
  });

  it('answers in the private chat itself when asked privately', async () => {
    const admin = await addMember(h.db, '王书记', 'admin');
    const said = await say(h, admin, '#邀请 网格员');
    expect(said.replies[0]).toMatch(/网格员邀请码：[A-Z0-9]{8}/);
    expect(said.privateReplies).toEqual([]);
  });
});
