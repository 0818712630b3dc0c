import { asc, eq } from 'drizzle-orm';
import { disputes, members, qaLog } from '../../src/db/schema.js';
import type { LawFile } from '../../src/lawqa/index.js';
import { createHarness, type Harness, type HarnessOptions } from '../../src/tools/replay/harness.js';
import type { SentRecord } from '../../src/chat/mock/mock-world.js';
import { miniStatutes } from './fixtures.js';
import { testDb } from '../support/db.js';

export const START = new Date('2026-12-07T19:30:00+08:00');
export const GRID_ROOM = '上司村三组网格群';
export const ADMIN_ROOM = '综治中心工作群';

/** The made-up mini statutes as files already read, so every harness imports them without disk reads. */
export const MINI_LAW_FILES: LawFile[] = miniStatutes().map((s) => ({ file: `${s.title}.md`, parsed: { ok: true, value: s } }));

export const PEOPLE = [
  { name: '王书记', role: 'admin' as const },
  { name: '张网格', role: 'worker' as const, grid: '上司村三组' },
  { name: '陈网格', role: 'worker' as const, grid: '里腊村一组' },
  ...['李大姐', '杨大爷', '吴二嫂', '刘三哥', '周大妈', '孙老汉', '钱婶', '郑叔', '冯姐'].map((name) => ({ name, role: 'resident' as const, grid: '上司村三组' })),
  { name: '赵老板', role: 'resident' as const },
];

export const ROOMS = [
  { topic: GRID_ROOM, grid: '上司村三组', members: ['张网格', '李大姐', '杨大爷', '吴二嫂'] },
  { topic: ADMIN_ROOM, admin: true, members: ['王书记'] },
];

/**
 * The real app on the mock puppet with the mini statutes imported; a fresh database per harness
 * (PostgreSQL when DATABASE_URL is set, as the rest of the suite).
 */
export async function lawqaHarness(options: Partial<HarnessOptions> = {}): Promise<Harness & { closeAll(): Promise<void> }> {
  const database = await testDb();
  const h = await createHarness({ start: START, database, laws: MINI_LAW_FILES, ...options });
  await h.seed(PEOPLE, ROOMS);
  return {
    ...h,
    async closeAll() {
      await h.close();
      await database.close();
    },
  };
}

export const textsTo = (sent: SentRecord[], to: string): string[] => sent.filter((r) => r.to === to).map((r) => r.text ?? '');

export async function memberId(h: Harness, name: string): Promise<number> {
  const [m] = await h.database.db.select({ id: members.id }).from(members).where(eq(members.name, name));
  return m!.id;
}

export async function qaRowsOf(h: Harness, name: string) {
  return h.database.db
    .select()
    .from(qaLog)
    .where(eq(qaLog.memberId, await memberId(h, name)))
    .orderBy(asc(qaLog.id));
}

export const allDisputes = (h: Harness) => h.database.db.select().from(disputes).orderBy(asc(disputes.id));
