import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/chat/port.js';
import type { Database } from '../../src/db/client.js';
import { grids, members, rooms, villages } from '../../src/db/schema.js';
import { cacheMemberWechatId, createIdentity, memberAlias, resolveSender, type Identity } from '../../src/identity/index.js';
import { createMockWorld, type MockWorld } from '../../src/chat/mock/mock-world.js';
import { testDb } from '../support/db.js';
import { capturedLog, recorder, type Recorder } from './support.js';

const GRID_ROOM = '上司村三组网格群';
const ADMIN_ROOM = '综治中心工作群';
const NOW = new Date('2026-11-23T08:00:00+08:00');

interface Town {
  database: Database;
  world: MockWorld;
  identity: Identity;
  rec: Recorder;
  /** What each login's re-resolution reported. */
  reports: string[][];
  ids: { admin: number; worker: number; resident: number; gridRoom: number; adminRoom: number };
}

// One database for the file (a fresh PGlite takes seconds); emptied after each test.
let database: Database;
let town: Town | undefined;
beforeAll(async () => {
  database = await testDb();
});
afterEach(async () => {
  await town?.world.stop();
  town = undefined;
  await database.db.execute(sql`truncate villages, grids, members, rooms restart identity cascade`);
});
afterAll(async () => {
  await database.close();
});

/** A township with one grid: the roster in the database, the same people and groups in the mock WeChat. */
async function setupTown(options: { remarks?: boolean; extra?: (w: MockWorld) => void } = {}): Promise<Town> {
  const db = database.db;
  const [village] = await db.insert(villages).values({ name: '上司村' }).returning();
  const [grid] = await db.insert(grids).values({ villageId: village!.id, name: '三组' }).returning();
  const add = async (name: string, role: 'admin' | 'worker' | 'resident', gridId: number | null) =>
    (
      await db
        .insert(members)
        .values({ name, role, gridId, villageId: gridId ? village!.id : null })
        .returning()
    )[0]!.id;
  const ids = {
    admin: await add('王书记', 'admin', null),
    worker: await add('张网格', 'worker', grid!.id),
    resident: await add('李大姐', 'resident', grid!.id),
    gridRoom: (await db.insert(rooms).values({ topic: GRID_ROOM, kind: 'grid', gridId: grid!.id }).returning())[0]!.id,
    adminRoom: (await db.insert(rooms).values({ topic: ADMIN_ROOM, kind: 'admin' }).returning())[0]!.id,
  };
  const world = createMockWorld({ remarks: options.remarks });
  world.addRoom(GRID_ROOM, ['张网格', '李大姐']);
  world.addRoom(ADMIN_ROOM, ['王书记']);
  options.extra?.(world);
  const { log } = capturedLog();
  const identity = createIdentity({ db, transport: world.transport, log, clock: { now: () => NOW, at: () => ({ cancel() {} }), sleep: async () => {} } });
  const reports: string[][] = [];
  const rec = recorder();
  await world.transport.start({ ...rec, onLogin: async () => void reports.push(await identity.reresolve()) });
  return { database, world, identity, rec, reports, ids };
}

const memberRow = async (t: Town, id: number) => (await t.database.db.select().from(members).where(eq(members.id, id)))[0]!;
const roomRow = async (t: Town, id: number) => (await t.database.db.select().from(rooms).where(eq(rooms.id, id)))[0]!;

/** The message the transport handed in for `say`, identified as the pipeline would. */
async function identifyLast(t: Town, from: string, text: string, room?: string) {
  const before = t.rec.messages.length;
  await t.world.say(from, text, { room });
  const seen: InboundMessage | undefined = t.rec.messages[before];
  return t.identity.identify(seen!);
}

/** The admin claims the account the way #认领 ends: the contact id cached, the remark set. */
async function claimAdmin(t: Town): Promise<void> {
  await cacheMemberWechatId(t.database.db, t.ids.admin, t.world.contactId('王书记'), t.world.transport, NOW);
}

describe('identity across logins', () => {
  it('finds bound rooms, admins (by remark) and grid members (by name) again after a re-login with new ids', async () => {
    town = await setupTown();
    expect(town.reports).toEqual([[]]);
    await claimAdmin(town);
    expect((await memberRow(town, town.ids.admin)).alias).toBe(memberAlias(town.ids.admin));
    const oldGridRoomId = (await roomRow(town, town.ids.gridRoom)).wechatId;

    await town.world.relogin();

    expect(town.reports).toEqual([[], []]);
    expect((await roomRow(town, town.ids.gridRoom)).wechatId).toBe(town.world.roomId(GRID_ROOM));
    expect(town.world.roomId(GRID_ROOM)).not.toBe(oldGridRoomId);
    expect((await roomRow(town, town.ids.adminRoom)).wechatId).toBe(town.world.roomId(ADMIN_ROOM));
    expect((await memberRow(town, town.ids.admin)).wechatId).toBe(town.world.contactId('王书记'));
    expect((await memberRow(town, town.ids.worker)).wechatId).toBe(town.world.contactId('张网格'));

    const fromAdmin = await identifyLast(town, '王书记', '#帮助', ADMIN_ROOM);
    expect(fromAdmin.sender.id).toBe(town.ids.admin);
    expect(fromAdmin.room?.id).toBe(town.ids.adminRoom);
    const fromWorker = await identifyLast(town, '张网格', '周报', GRID_ROOM);
    expect(fromWorker.sender.id).toBe(town.ids.worker);
    expect(await town.identity.address({ kind: 'room', id: town.ids.gridRoom })).toEqual({ room: town.world.roomId(GRID_ROOM) });
    expect(await town.identity.address({ kind: 'member', id: town.ids.admin })).toEqual({ contact: town.world.contactId('王书记') });
  });

  it('gives grid members found by name the remark, so the next login finds them by it', async () => {
    town = await setupTown();
    const worker = await memberRow(town, town.ids.worker);
    expect(worker.alias).toBe(memberAlias(town.ids.worker));
    expect(await town.world.transport.findContactByAlias(worker.alias!)).toBe(town.world.contactId('张网格'));
  });

  it('a contact renamed to an admin’s name gains nothing: it is a new resident', async () => {
    town = await setupTown({ extra: (w) => w.addContact('小王') });
    await claimAdmin(town);
    await town.world.relogin();
    const impostor = town.world.contactId('小王');
    const realAdmin = town.world.contactId('王书记');
    await town.world.rename(impostor, '王书记');

    const privately = await identifyLast(town, impostor, '#成员 @李大姐 管理员');
    expect(privately.sender.id).not.toBe(town.ids.admin);
    expect(privately.sender).toMatchObject({ name: '王书记', role: 'resident', gridId: null, wechatId: impostor });
    const inAdminGroup = await identifyLast(town, impostor, '#帮助', ADMIN_ROOM);
    expect(inAdminGroup.sender.id).toBe(privately.sender.id);
    expect((await memberRow(town, town.ids.admin)).wechatId).toBe(realAdmin);
    expect((await identifyLast(town, realAdmin, '#帮助', ADMIN_ROOM)).sender.id).toBe(town.ids.admin);
  });

  it('never resolves an admin by name: without remarks the admin is listed for a new claim', async () => {
    town = await setupTown({ remarks: false });
    await claimAdmin(town);
    const before = await memberRow(town, town.ids.admin);
    expect(before.alias).toBeNull();
    await town.world.relogin();
    expect(town.reports[1]).toEqual([expect.stringMatching(/^管理员 王书记：.*邀请码.*#认领/)]);
    expect((await memberRow(town, town.ids.admin)).wechatId).toBeNull();
    const fromAdmin = await identifyLast(town, '王书记', '#帮助', ADMIN_ROOM);
    expect(fromAdmin.sender.id).not.toBe(town.ids.admin);
    expect(fromAdmin.sender.role).toBe('resident');
  });

  it('leaves a name two people answer to unresolved and lists it', async () => {
    town = await setupTown({ remarks: false });
    expect((await memberRow(town, town.ids.worker)).wechatId).toBe(town.world.contactId('张网格'));
    const namesake = town.world.addContact('张网格');
    const gridRoom = town.world.roomId(GRID_ROOM);
    // A second 张网格 joins the group; the next login cannot tell them apart.
    (town.world.wechaty.puppet as unknown as { mocker: { roomPayload(id: string): { memberIdList: string[] } } }).mocker.roomPayload(gridRoom).memberIdList.push(namesake);
    await town.world.relogin();
    expect(town.reports[1]).toEqual([expect.stringMatching(/^张网格：在「上司村三组网格群」里有 2 个人叫这个名字/)]);
    expect((await memberRow(town, town.ids.worker)).wechatId).toBeNull();
  });

  it('lists a bound room whose topic no longer names exactly one group, and a look-alike cannot take its place', async () => {
    town = await setupTown({ extra: (w) => w.addRoom(GRID_ROOM, ['李大姐']) });
    expect(town.reports[0]).toEqual([expect.stringMatching(/^群「上司村三组网格群」：没找到/)]);
    expect((await roomRow(town, town.ids.gridRoom)).wechatId).toBeNull();
    const fromEither = await identifyLast(town, '李大姐', '你好', GRID_ROOM);
    expect(fromEither.room).toBeNull();
    expect(await town.identity.address({ kind: 'room', id: town.ids.gridRoom })).toBeNull();
  });

  it("does not list a residents' group posted by hand (no bot in it) that this login cannot find", async () => {
    await database.db.insert(rooms).values({ topic: '三组乡亲群', kind: 'grid', manual: true });
    town = await setupTown();
    expect(town.reports[0]).toEqual([]);
  });

  it('does not ask to re-bind a former admin group (bound to nothing) that this login cannot find', async () => {
    await database.db.insert(rooms).values({ topic: '综治中心旧群', kind: 'unbound' });
    town = await setupTown();
    expect(town.reports[0]).toEqual([]);
  });
});

describe('resolveSender', () => {
  it('prefers the cached id, then the remark, else creates a stranger', async () => {
    const db = database.db;
    const [known] = await db.insert(members).values({ name: '张网格', role: 'worker', alias: 'gb-1', wechatId: 'wx-old' }).returning();
    const msg = { senderWechatId: 'wx-old', senderName: '改了名', sentAt: NOW };
    expect(await resolveSender(db, msg)).toMatchObject({ via: 'wechatId', member: { id: known!.id } });
    await db
      .update(members)
      .set({ alias: memberAlias(known!.id) })
      .where(eq(members.id, known!.id));
    const byAlias = await resolveSender(db, { ...msg, senderWechatId: 'wx-new', senderAlias: memberAlias(known!.id) });
    expect(byAlias).toMatchObject({ via: 'alias', member: { id: known!.id, wechatId: 'wx-new' } });
    const stranger = await resolveSender(db, { senderWechatId: 'wx-x', senderName: '张网格', sentAt: NOW });
    expect(stranger.via).toBe('new');
    expect(stranger.member).toMatchObject({ name: '张网格', role: 'resident', wechatId: 'wx-x' });
    expect(stranger.member.id).not.toBe(known!.id);
  });
});
