import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../kernel/errors.js';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The pid file inside the data folder. */
export const DIR_LOCK_FILE = 'gridbot.lock';

/**
 * Who holds the lock on `dir`: null when nobody does; otherwise the pid written in it (null when
 * unreadable) and whether that is another process still running (a dead one's lock may be taken over).
 */
export function dirLockHolder(dir: string): { pid: number | null; live: boolean } | null {
  let text: string;
  try {
    text = readFileSync(join(dir, DIR_LOCK_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const pid = Number.parseInt(text, 10);
  if (!Number.isInteger(pid)) return { pid: null, live: false };
  return { pid, live: pid !== process.pid && isAlive(pid) };
}

/**
 * PGlite has no lock of its own and two processes on one data folder corrupt it, so the folder
 * holds a pid file. A lock left by a dead process is taken over.
 */
export function acquireDirLock(dir: string): () => void {
  const file = join(dir, DIR_LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = dirLockHolder(dir);
      if (holder?.live) {
        throw new AppError(
          'DB_LOCKED',
          `数据目录 ${dir} 正被另一个 gridbot 进程 (pid ${holder.pid}) 使用；内置数据库不能同时被两个进程打开。请先停止那个进程，或为本进程设置不同的 DATA_DIR，或改用 DATABASE_URL 连接 PostgreSQL。`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new AppError('DB_LOCKED', `无法锁定数据目录 ${dir}`);
}
