import type { DeliveryCount } from './repo-log.js';

/** Per grid: what the bot posted itself, and what its workers forwarded by hand or have not yet. */
export interface GridPostStatus {
  /** '上司村三组' */
  grid: string;
  bot: number;
  /** Of the bot's own posts, those that failed to send. */
  failed: number;
  forwarded: number;
  toForward: number;
}

/** Grids in roster order of names (village, then grid); the admin group and unbound groups are left out. */
export function gridPostStatus(counts: readonly DeliveryCount[]): GridPostStatus[] {
  const out = new Map<string, GridPostStatus>();
  for (const c of counts) {
    if (c.grid === null || c.village === null) continue;
    const name = `${c.village}${c.grid}`;
    const s = out.get(name) ?? { grid: name, bot: 0, failed: 0, forwarded: 0, toForward: 0 };
    if (c.result === 'forwarded') s.forwarded += c.n;
    else if (c.result === 'to_forward') s.toForward += c.n;
    else if (c.result === 'failed') s.failed += c.n;
    else s.bot += c.n;
    out.set(name, s);
  }
  return [...out.values()].sort((a, b) => a.grid.localeCompare(b.grid, 'zh-CN'));
}

/** "上司村三组：机器人发 2，人工转发 1，还没转发 1" (only the parts that happened). */
export function gridStatusLine(s: GridPostStatus): string {
  const parts = [
    ...(s.bot ? [`机器人发 ${s.bot}`] : []),
    ...(s.failed ? [`发送失败 ${s.failed}`] : []),
    ...(s.forwarded + s.toForward ? [`人工转发 ${s.forwarded}`, `还没转发 ${s.toForward}`] : []),
  ];
  return `${s.grid}：${parts.join('，')}`;
}
