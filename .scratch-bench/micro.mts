import { eq, and, sql } from 'drizzle-orm';
import { freshMigratedPglite } from '/work/main/src/db/pglite-assets.ts';
import { drizzle } from 'drizzle-orm/pglite';
import * as schema from '/work/main/src/db/schema.ts';
const c = await freshMigratedPglite();
const db = drizzle(c, { schema });
await c.query(`insert into members (name, role, wechat_id) values ('a','resident','wx-1')`);
const N = 2000;
async function time(label: string, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 100; i++) await fn(i);
  const s = performance.now();
  for (let i = 0; i < N; i++) await fn(i);
  console.log(label, ((performance.now() - s) / N).toFixed(3), 'ms');
}
await time('select 1 simple', () => c.exec('select 1'));
await time('select 1 query', () => c.query('select 1'));
await time('select $1 param', () => c.query('select $1::int', [1]));
await time('member raw', () => c.query(`select * from members where wechat_id = $1 and active = true`, ['wx-1']));
await time('member drizzle', () => db.select().from(schema.members).where(and(eq(schema.members.wechatId, 'wx-1'), eq(schema.members.active, true))));
const prep = db.select().from(schema.members).where(and(eq(schema.members.wechatId, sql.placeholder('w')), eq(schema.members.active, true))).prepare('m');
await time('member prepared', () => prep.execute({ w: 'wx-1' }));
let k = 0;
await time('insert raw', () => c.query(`insert into inbound_messages (wechat_message_id, sender_wechat_id, sender_name, text, sent_at, stored_at) values ($1,'a','b','c',now(),now())`, ['x' + k++]));
await time('update raw', (i) => c.query(`update inbound_messages set status='handled' where id = $1`, [i + 1]));
