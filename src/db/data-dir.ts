import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../kernel/errors.js';

const WHY: Record<string, string> = {
  ENOENT: '上级目录不存在，也建不了',
  EACCES: '没有写权限',
  EPERM: '没有写权限',
  EROFS: '所在的磁盘是只读的',
  ENOTDIR: '路径里有一段是文件，不是文件夹',
  ENOSPC: '磁盘满了',
};

/**
 * Makes `dir` (and missing parents) one level at a time and checks it can be written: Node's own
 * recursive mkdir never returns under /proc (DATA_DIR=/proc/nope hung the start), and a folder we
 * cannot write fails later with a stack trace deep inside the database.
 */
export function ensureWritableDir(dir: string, name = 'DATA_DIR'): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at) && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
  }
  try {
    if (!statSync(at).isDirectory()) throw Object.assign(new Error(at), { code: 'ENOTDIR' });
    for (const d of missing) mkdirSync(d);
    accessSync(resolve(dir), constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new AppError('DATA_DIR_UNWRITABLE', `${name}: “${dir}”不能用作数据目录（${WHY[code] ?? code}）：请改成一个运行 gridbot 的用户能写入的文件夹，如 ./data`, { cause: err });
  }
}
