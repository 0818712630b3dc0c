import type { Logger } from '../kernel/logger.js';
import type { OutboxRow } from './claim.js';
import type { OutboxMeta } from './enqueue.js';
import type { Target } from '../chat/port.js';
import { failedText, heldText, pausedText, targetById, uncertainText } from './messages.js';
import { describeError } from '../kernel/errors.js';

export interface NotifyDeps {
  log: Logger;
  tz: string;
  /** Enqueues an alert to the admins; `key` makes a repeated alert harmless. */
  alertAdmins(text: string, key: string, meta?: OutboxMeta): Promise<void>;
  /** A human name for the target (group topic, member name) for admins; ids when absent. */
  describeTarget?(target: Target): Promise<string | null>;
}

export type Notifier = ReturnType<typeof createNotifier>;

const KEY_PREFIX = 'outbox:';
/** Our alerts are marked as ours: one that fails is not alerted about again (no alert loop). */
const OWN: OutboxMeta = { owner: 'outbox' };
const isOwnAlert = (row: OutboxRow): boolean => row.meta.owner === OWN.owner;

/** Admin alerts about the sender's own troubles. Never throws: a failed alert is only logged. */
export function createNotifier(deps: NotifyDeps) {
  const describe = async (row: OutboxRow): Promise<string> => {
    const target: Target = { kind: row.targetKind, id: row.targetId };
    const name = await deps.describeTarget?.(target).catch(() => null);
    return name ? `${name}（${targetById(target)}）` : targetById(target);
  };
  const alert = async (text: string, key: string): Promise<void> => {
    try {
      await deps.alertAdmins(text, `${KEY_PREFIX}${key}`, OWN);
    } catch (err) {
      deps.log.error({ key, err: describeError(err) }, 'outbox: admin alert could not be queued');
    }
  };
  return {
    async failed(row: OutboxRow, error: string): Promise<void> {
      if (isOwnAlert(row)) return;
      await alert(failedText(row.purpose, await describe(row), row.attempts, error), `failed:${row.id}`);
    },
    async uncertain(rows: OutboxRow[], reason: 'crash' | 'timeout'): Promise<void> {
      if (rows.length === 0) return;
      const items = await Promise.all(rows.map(async (r) => ({ purpose: r.purpose, target: await describe(r), sendingAt: r.sendingAt })));
      const ids = rows.map((r) => r.id).sort((a, b) => a - b);
      await alert(uncertainText(items, reason, deps.tz), `uncertain:${ids[0]}-${ids.at(-1)}:${ids.length}`);
    },
    /** One conversation held because its quota is full (WeCom): the rest keeps going. */
    async held(row: OutboxRow, until: Date, error: string): Promise<void> {
      await alert(heldText(await describe(row), until, error, deps.tz), `held:${row.targetKind}:${row.targetId}:${until.toISOString()}`);
    },
    async paused(until: Date, pauseMs: number, error: string): Promise<void> {
      await alert(pausedText(until, pauseMs, error, deps.tz), `paused:${until.toISOString()}`);
    },
  };
}
