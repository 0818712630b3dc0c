import { asc, gt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandEntry, type Place } from '../../src/admin/index.js';
import { auditLog } from '../../src/db/schema.js';
import type { SentRecord } from '../../src/chat/mock/mock-world.js';
import { EXAMPLES, type Example, type Where } from './examples.js';
import { changed, digest, memberId, PEOPLE, ROOMS, WHO, withTown, type Town, type Who } from './town.js';

// Every chat command of the command table (the README's table and #帮助 come from it), tried by
// every kind of sender in the places that matter, against a town built through chat: allowed or
// refused exactly as the table says, a refusal changes nothing, every admin action is audited.

/** What a refusal says, in any of its forms; no allowed answer says any of it. */
const REFUSED =
  /抱歉|只有.{0,20}(?:可以|才能)|不能替|请在和我的私聊里或管理群里发|要在需要绑定的群里发|请私聊我发送|邀请码不能发在群里|请@要请假的人|是给群众用的|替别人登记请假请在/;

const PACE_MS = 5_000;
// WeChat puts U+2005 after an @-mention; the audit keeps the text as it arrived.
const spaced = (s: string): string => s.replace(/[\s\u2005]+/g, ' ');

const placeAllows = (place: Place, where: Where): boolean =>
  place === 'any' || (place === 'private' ? where === 'private' : place === 'group' ? where !== 'private' : where === 'private' || where === 'admin');

/** Allowed exactly when the table gives the sender's role the command, in that place (and, for grid matters, their grid). */
const allowedFor = (entry: CommandEntry, ex: Example, who: Who, where: Where): boolean =>
  entry.roles.includes(PEOPLE[who].role) && placeAllows(entry.place, where) && !(ex.scoped && who === 'otherGridWorker');

/** Admin actions: the commands the table gives to admins alone. */
const isAdminAction = (entry: CommandEntry): boolean => entry.roles.length === 1 && entry.roles[0] === 'admin';

const exampleOf = (entry: CommandEntry): Example => {
  const ex = EXAMPLES[entry.usage];
  if (!ex) throw new Error(`no example for ${entry.usage}: add one to EXAMPLES`);
  return ex;
};

/** What the sender sees: the conversation the message came from, and private answers to them. */
function conversation(sent: SentRecord[], name: string, where: Where): string {
  const topic = where === 'private' ? null : ROOMS[where];
  return sent
    .filter((s) => (s.toKind === 'contact' && s.to === name) || s.to === topic)
    .map((s) => s.text ?? `[文件] ${s.fileName}`)
    .join('\n');
}

/**
 * Admin commands are tried by admins everywhere; by anyone else privately and in the admin group
 * (where only the role can refuse them), not again in a grid group.
 */
const placesFor = (entry: CommandEntry, ex: Example, who: Who): Where[] => (isAdminAction(entry) && who !== 'admin' ? ex.places.filter((w) => w !== 'grid') : ex.places);

const CASES = COMMANDS.flatMap((entry) => {
  const ex = exampleOf(entry);
  return WHO.flatMap((who) => placesFor(entry, ex, who).map((where) => ({ entry, ex, who, where, allowed: allowedFor(entry, ex, who, where) })));
});

let town: Town;
withTown((t) => (town = t));

describe('the command table', () => {
  it('has an example for every command, and the matrix allows and refuses', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(COMMANDS.map((c) => c.usage).sort());
    expect(CASES.filter((c) => c.allowed).length).toBeGreaterThan(60);
    expect(CASES.filter((c) => !c.allowed).length).toBeGreaterThan(300);
  });
});

describe.each(WHO)('from %s', (who) => {
  const mine = CASES.filter((c) => c.who === who);
  it.each(mine.map((c) => [`${c.entry.usage} in ${c.where}: ${c.allowed ? 'allowed' : 'refused'}`, c] as const))('%s', async (_title, c) => {
    const { h } = town;
    const name = PEOPLE[who].name;
    // People type at people's pace: a few commands a minute stay clear of the flood throttle.
    await h.advanceTo(new Date(h.clock.now().getTime() + PACE_MS));
    const text = await c.ex.text(town, c.where, who);
    const before = await digest(h);
    const lastAudit = (await h.database.db.select({ id: auditLog.id }).from(auditLog).orderBy(asc(auditLog.id))).at(-1)?.id ?? 0;
    const sent = await h.say(town.contact[who], text, c.where === 'private' ? {} : { room: ROOMS[c.where], mention: c.ex.mention });
    const seen = conversation(sent, name, c.where);
    if (c.allowed) {
      expect(seen).toMatch(c.ex.ok);
      expect(seen).not.toMatch(REFUSED);
    } else {
      expect(seen).toMatch(REFUSED);
      expect(seen).not.toMatch(c.ex.ok);
      expect(changed(before, await digest(h))).toEqual(c.ex.refusalChanges?.(c.where) ?? []);
      expect(sent.filter((s) => s.fileName)).toEqual([]);
    }
    if (isAdminAction(c.entry)) {
      const rows = await h.database.db.select().from(auditLog).where(gt(auditLog.id, lastAudit));
      expect(rows.map((r) => [r.actorId, r.ok, spaced(r.command)])).toEqual([[await memberId(h, name), c.allowed, spaced(text)]]);
    }
    if (c.allowed) await c.ex.undo?.(town, c.where);
  });
});
