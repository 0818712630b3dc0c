import { afterEach } from 'vitest';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';

export const START = new Date('2026-11-23T08:00:00+08:00');

/**
 * The README replay example's township (an admin; a worker and a resident of 上司村三组; its grid
 * group and the admin group) on the replay harness. Call once per file; each test builds its own
 * town with the returned function, closed after the test.
 */
export function useSmallTown(): () => Promise<Harness> {
  let open: Harness | null = null;
  afterEach(async () => {
    await open?.close();
    open = null;
  });
  return async () => {
    open = await createHarness({ start: START });
    await open.seed(
      [
        { name: '王书记', role: 'admin' },
        { name: '张网格', role: 'worker', grid: '上司村三组' },
        { name: '李大姐', role: 'resident', grid: '上司村三组' },
      ],
      [
        { topic: '上司村三组网格群', grid: '上司村三组', members: ['张网格', '李大姐'] },
        { topic: '综治中心工作群', admin: true, members: ['王书记'] },
      ],
    );
    return open;
  };
}
