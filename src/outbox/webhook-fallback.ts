import { eq } from 'drizzle-orm';
import type { Logger } from '../kernel/logger.js';
import type { Db } from '../db/client.js';
import { PRIORITY, rooms } from '../db/schema.js';
import { isAdminGroup } from '../roster/admin-group.js';
import type { OutboxRow } from './claim.js';
import { describeError } from '../kernel/errors.js';

/** What posts into the centre's group without the chat connection (a WeCom group robot's webhook). */
export interface AlertWebhook {
  post(text: string): Promise<void>;
}

const HEAD = '【机器人连接不通，经群机器人补发】';

/**
 * True for rows meant for the centre's group. A private alert to an admin is not copied: the webhook
 * posts into a group, and private alerts may carry what a group must never read (a danger message's
 * own words, names). The centre's group gets its own copy of every alert, written for a group.
 */
async function forCentre(db: Db, row: OutboxRow): Promise<boolean> {
  if (row.targetKind !== 'room') return false;
  const [room] = await db.select({ kind: rooms.kind }).from(rooms).where(eq(rooms.id, row.targetId));
  return isAdminGroup(room);
}

/**
 * The first failed send of an alert for the centre also goes through the webhook, so a risk alert
 * is not held back while the long connection is down or failing. The row itself keeps retrying.
 */
export function webhookFallback(db: Db, webhook: AlertWebhook, log: Logger): (row: OutboxRow) => Promise<void> {
  const posted = new Set<string>();
  return async (row) => {
    if (row.priority !== PRIORITY.alert || row.kind !== 'text' || !row.text || posted.has(row.idempotencyKey)) return;
    if (!(await forCentre(db, row))) return;
    posted.add(row.idempotencyKey);
    try {
      await webhook.post(`${HEAD}\n${row.text}`);
      log.info({ outboxId: row.id, event: 'webhook_alert' }, 'alert also sent through the webhook');
    } catch (err) {
      log.warn({ outboxId: row.id, err: describeError(err) }, 'webhook: alert not accepted');
    }
  };
}
