import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { members } from '../../src/db/schema.js';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';
import { writeCsv, writeXlsx } from './office-files.js';

let h: Harness;
let dir: string;
const START = new Date('2026-12-07T09:00:00+08:00');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gridbot-upload-'));
  h = await createHarness({ start: START });
  await h.seed(
    [
      { name: '黄书记', role: 'admin' },
      { name: '潘网格', role: 'worker', grid: '坡头村一组' },
      { name: '石大嫂', role: 'resident' },
    ],
    [{ topic: '坡头村一组网格群', grid: '坡头村一组', members: ['潘网格', '石大嫂'] }],
  );
}, 60_000);
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const asFile = (path: string) => ({ name: path.split('/').pop()!, base64: readFileSync(path).toString('base64') });
const textTo = (sent: { to: string; text?: string }[], who: string) =>
  sent
    .filter((s) => s.to === who)
    .map((s) => s.text ?? '')
    .join('\n');

describe('an admin sends the roster workbook to the bot privately', () => {
  it('imports it and answers with the summary the CLI prints', async () => {
    const book = await writeXlsx(dir, '坡头村花名册.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['坡头村网格员名单'],
          ['序号', '姓名', '村', '网格', '职务', '手机号'],
          [1, '覃二妹', '坡头村', '二组', '专职网格员', 13900000021],
          [2, '岑老三', '坡头村', '二组', '十户长', '139 0000 0022'],
        ],
      },
    ]);
    const sent = await h.sendFile('黄书记', asFile(book));
    const reply = textTo(sent, '黄书记');
    expect(reply).toContain('读到 2 行：新增 2 人');
    expect(reply).toContain('表头在第 2 行');
    const [added] = await h.database.db.select().from(members).where(eq(members.name, '覃二妹'));
    expect(added).toMatchObject({ role: 'worker', phone: '13900000021' });
  });

  it.each([
    ['a CSV saved by Excel', () => writeCsv(dir, '补充名单.csv', ['姓名,村,网格,角色', '韦小妹,坡头村,三组,网格员'], 'gb18030'), '新增 1 人'],
    ['a workbook with no header', () => writeXlsx(dir, '说明.xlsx', [{ name: '说明', rows: [['请按模板填写']] }]), '没有找到表头'],
  ])('%s: the same summary as `gridbot roster import`', async (_what, make, expected) => {
    expect(textTo(await h.sendFile('黄书记', asFile(await make())), '黄书记')).toContain(expected);
  });

  it('refuses a file from someone who is not an admin, and imports nothing', async () => {
    const book = await writeXlsx(dir, '名单.xlsx', [
      {
        name: '名单',
        rows: [
          ['姓名', '村', '网格', '角色'],
          ['假人', '坡头村', '一组', '管理员'],
        ],
      },
    ]);
    expect(textTo(await h.sendFile('潘网格', asFile(book)), '潘网格')).toContain('只有管理员私聊发来的花名册');
    expect(await h.database.db.select().from(members).where(eq(members.name, '假人'))).toEqual([]);
  });

  it('asks again for a file whose contents did not survive (a message resumed after a restart)', async () => {
    expect(textTo(await h.say('黄书记', '[文件] 坡头村花名册.xlsx'), '黄书记')).toContain('这个文件没能读到');
  });
});
