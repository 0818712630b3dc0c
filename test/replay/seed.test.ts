import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { members, villages } from '../../src/db/schema.js';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const memberNamed = async (name: string) => (await h!.database.db.select().from(members).where(eq(members.name, name)))[0]!;

describe('seeding a scenario', () => {
  it('places a person in a grid, and a village chief in the village alone', async () => {
    h = await createHarness({ start: new Date('2026-12-03T09:00:00+08:00') });
    await h.seed(
      [
        { name: '赵网格', role: 'worker', grid: '里腊村二组' },
        { name: '韦村长', role: 'chief', grid: '里腊村' },
        { name: '黄主任', role: 'chief', grid: '城南社区' },
      ],
      [],
    );
    const [worker, chief, community] = [await memberNamed('赵网格'), await memberNamed('韦村长'), await memberNamed('黄主任')];
    expect(worker.gridId).not.toBeNull();
    expect(chief).toMatchObject({ gridId: null, villageId: worker.villageId });
    const [v] = await h.database.db.select().from(villages).where(eq(villages.id, community.villageId!));
    expect(v!.name).toBe('城南社区');
    expect(community.gridId).toBeNull();
  });

  it('still refuses a place that names no village', async () => {
    h = await createHarness({ start: new Date('2026-12-03T09:00:00+08:00') });
    await expect(h.seed([{ name: '某人', role: 'worker', grid: '三组' }], [])).rejects.toThrow(/无法拆成村和网格/);
  });
});
