import { asc, eq, gt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, disputes, invites } from '../../src/db/schema.js';
import type { SentRecord } from '../../src/chat/mock/mock-world.js';
import { changed, digest, memberId, NOW, openHarness, PEOPLE, ROOMS, withTown, type Town } from './town.js';

// Who may do what, beyond the command matrix (authorization.test.ts): identities from elsewhere,
// and the cases residents ask about.

const { mediator, household_head: householdHead, resident, admin } = PEOPLE;

/** Everything the bot said to `name` privately in these messages. */
const privately = (sent: SentRecord[], name: string): string =>
  sent
    .filter((s) => s.toKind === 'contact' && s.to === name)
    .map((s) => s.text ?? '')
    .join('\n');

let town: Town;
withTown((t) => (town = t));

describe('identities from elsewhere', () => {
  it("another township's admin is an admin there and a stranger here; their invite codes mean nothing here", async () => {
    // Its own bot, its own database: nothing is shared but the person.
    const { h: other, close } = await openHarness(NOW);
    try {
      const name = PEOPLE.otherTownship.name;
      await other.seed([{ name, role: 'admin' }], [{ topic: '里腊镇综治中心', admin: true, members: [name] }]);
      const code = /#认领 ([A-Z0-9]{8})/.exec(privately(await other.say(name, '#邀请 管理员'), name))?.[1];
      expect(code).toMatch(/^[A-Z0-9]{8}$/);
      const before = await digest(town.h);
      const here = await town.h.say(town.contact.otherTownship, `#认领 ${code}`);
      expect(privately(here, name)).toContain('邀请码无效或已过期');
      expect(changed(before, await digest(town.h))).toEqual([]);
      expect(await town.h.database.db.select().from(invites).where(eq(invites.code, code!))).toEqual([]);
      expect(privately(await town.h.say(town.contact.otherTownship, '#成员 列表'), name)).toContain('只有管理员');
    } finally {
      await close();
    }
  });

  it('a namesake of the admin (anyone can rename themselves) gains nothing and is audited as themself', async () => {
    const { h } = town;
    const adminId = await memberId(h, admin.name);
    const impostor = h.world.addContact(admin.name);
    const before = await digest(h);
    const lastAudit = (await h.database.db.select().from(auditLog).orderBy(asc(auditLog.id))).at(-1)!.id;
    const tries = ['#成员 列表', '#邀请 管理员', `#成员 ${householdHead.name} 管理员`];
    for (const text of tries) expect(privately(await h.say(impostor, text), admin.name)).toContain('只有管理员');
    expect(changed(before, await digest(h))).toEqual(['members']); // the new contact, as a resident
    const audit = await h.database.db.select().from(auditLog).where(gt(auditLog.id, lastAudit));
    expect(audit.map((r) => [r.actorName, r.ok])).toEqual(tries.map(() => [admin.name, false]));
    expect(audit.every((r) => r.actorId !== null && r.actorId !== adminId)).toBe(true);
  });
});

describe('cases residents asked about', () => {
  it('需要调解 hands the case to the grid worker; the resident who asked can neither see nor change it', async () => {
    const { h } = town;
    const asked = privately(await h.say(town.contact.resident, '需要调解，隔壁家的牛把我家的玉米吃了一片'), resident.name);
    const code = /编号 (SS-\d{4}-\d{4})/.exec(asked)?.[1];
    expect(code).toMatch(/^SS-2026-\d{4}$/);
    const [d] = await h.database.db.select().from(disputes).where(eq(disputes.code, code!));
    expect(d!.assigneeId).toBe(await memberId(h, PEOPLE.worker.name));
    const before = await digest(h);
    for (const text of [`#查 ${code}`, `#进展 ${code} 已化解`, `#交办 ${code} 司法所 3天`, `#回访 ${code} 满意`, '#我的']) {
      const seen = privately(await h.say(town.contact.resident, text), resident.name);
      expect(seen).toMatch(/没有查看或办理这件纠纷的权限|只有网格员、网格长、调解员和管理员/);
      expect(seen).not.toContain('玉米');
    }
    expect(changed(before, await digest(h))).toEqual([]);
  });

  it('a case cannot be handed to a resident, who could then read it', async () => {
    const { h } = town;
    const before = await digest(h);
    const sent = await h.say(town.contact.admin, `#交办 ${town.openCode} @${resident.name} 3天`, { room: ROOMS.admin });
    expect(privately(sent, admin.name)).toContain('不能交办给他');
    expect(changed(before, await digest(h))).toEqual([]);
    const [d] = await h.database.db.select().from(disputes).where(eq(disputes.code, town.openCode));
    expect(d!.assigneeId).toBe(await memberId(h, mediator.name));
  });
});
