import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  adminGroup,
  chiefOfGrid,
  ensureGrid,
  findGridByName,
  findMembersByName,
  gridRooms,
  memberGridInfo,
  membersByRole,
  roomsOfVillage,
  workersOfGrid,
} from '../../src/roster/index.js';
import { addMember, addRoom, harness, reset, type Harness } from './support.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
beforeEach(() => reset(h));
afterAll(() => h.close());

describe('roster queries', () => {
  it('ensureGrid creates once and then finds', async () => {
    const a = await ensureGrid(h.db, '上司村', '三组');
    expect(a).toMatchObject({ createdVillage: true, createdGrid: true, village: { name: '上司村' }, grid: { name: '三组' } });
    const b = await ensureGrid(h.db, '上司村 ', '三 组');
    expect(b).toMatchObject({ createdVillage: false, createdGrid: false, grid: { id: a.grid.id } });
    const c = await ensureGrid(h.db, '上司村', '四组');
    expect(c).toMatchObject({ createdVillage: false, createdGrid: true, village: { id: a.village.id } });
  });

  it('findGridByName accepts the joined name or village and grid apart', async () => {
    const { grid, village } = await ensureGrid(h.db, '上司村', '三组');
    const ref = { gridId: grid.id, grid: '三组', villageId: village.id, village: '上司村' };
    expect(await findGridByName(h.db, '上司村三组')).toEqual(ref);
    expect(await findGridByName(h.db, '上司村', '三组')).toEqual(ref);
    expect(await findGridByName(h.db, '上司村五组')).toBeNull();
    expect(await findGridByName(h.db, '三组')).toBeNull();
  });

  it('finds workers, the chief (falling back to a village-level chief) and members by role and name', async () => {
    const g3 = await ensureGrid(h.db, '上司村', '三组');
    const g4 = await ensureGrid(h.db, '上司村', '四组');
    const place3 = { gridId: g3.grid.id, villageId: g3.village.id };
    const zhang = await addMember(h.db, '张网格', 'worker', place3);
    await addMember(h.db, '离职者', 'worker', { ...place3, active: false });
    await addMember(h.db, '其他组', 'worker', { gridId: g4.grid.id, villageId: g4.village.id });
    const chief3 = await addMember(h.db, '三组长', 'chief', place3);
    const villageChief = await addMember(h.db, '村支书', 'chief', { villageId: g3.village.id });
    expect((await workersOfGrid(h.db, g3.grid.id)).map((m) => m.id)).toEqual([zhang.id]);
    expect((await chiefOfGrid(h.db, g3.grid.id))?.id).toBe(chief3.id);
    expect((await chiefOfGrid(h.db, g4.grid.id))?.id).toBe(villageChief.id);
    expect((await membersByRole(h.db, 'worker', { villageId: g3.village.id })).map((m) => m.name)).toEqual(['张网格', '其他组']);
    expect((await findMembersByName(h.db, '张网格')).map((m) => m.id)).toEqual([zhang.id]);
    expect(await findMembersByName(h.db, '离职者')).toEqual([]);
  });

  it('memberGridInfo gives grid and village, village only, or nothing', async () => {
    const g = await ensureGrid(h.db, '上司村', '三组');
    const w = await addMember(h.db, '张网格', 'worker', { gridId: g.grid.id, villageId: g.village.id });
    const m = await addMember(h.db, '调解员甲', 'mediator', { villageId: g.village.id });
    const a = await addMember(h.db, '王书记', 'admin');
    expect(await memberGridInfo(h.db, w.id)).toEqual({ gridId: g.grid.id, grid: '三组', villageId: g.village.id, village: '上司村' });
    expect(await memberGridInfo(h.db, m.id)).toEqual({ gridId: null, grid: null, villageId: g.village.id, village: '上司村' });
    expect(await memberGridInfo(h.db, a.id)).toEqual({ gridId: null, grid: null, villageId: null, village: null });
    expect(await memberGridInfo(h.db, 99999)).toBeNull();
  });

  it('lists grid rooms with names, by village, and the admin room', async () => {
    const g3 = await ensureGrid(h.db, '上司村', '三组');
    const g1 = await ensureGrid(h.db, '翁台村', '一组');
    await addRoom(h.db, '三组群', 'grid', g3.grid.id);
    await addRoom(h.db, '翁台一组群', 'grid', g1.grid.id);
    expect(await adminGroup(h.db)).toBeNull();
    const admin = await addRoom(h.db, '综治中心工作群', 'admin');
    expect((await adminGroup(h.db))?.id).toBe(admin.id);
    expect((await gridRooms(h.db)).map((r) => [r.topic, r.village, r.grid])).toEqual([
      ['三组群', '上司村', '三组'],
      ['翁台一组群', '翁台村', '一组'],
    ]);
    expect((await roomsOfVillage(h.db, '翁台村')).map((r) => r.topic)).toEqual(['翁台一组群']);
    expect((await roomsOfVillage(h.db, g3.village.id)).map((r) => r.topic)).toEqual(['三组群']);
    expect(await roomsOfVillage(h.db, '无此村')).toEqual([]);
  });
});
