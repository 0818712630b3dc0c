import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv, writeXlsx } from '../admin/office-files.js';
import { runGridbot } from '../support/cli.js';

let dir: string;
const gridbot = (args: string[]) => runGridbot(args, { cwd: dir, dataDir: join(dir, 'data'), stdin: '' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gridbot-roster-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gridbot roster import / export', () => {
  it('imports an office CSV saved as GB18030, says how it read it and what it refused, and exports it back', async () => {
    const file = writeCsv(
      dir,
      '上司镇花名册.csv',
      [
        '上司镇网格员花名册,,,,,',
        ',,,,,',
        '序号,姓名,所属村,所在网格,职务,联系电话',
        '1,郑一,上司村,九组,专职网格员,138 0000 0061',
        '2,郑二,上司村,九组,十户长,13800000062',
        '3,郑三,上司村,九组,村支书,13800000063',
      ],
      'gb18030',
    );
    const run = await gridbot(['roster', 'import', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('读到 3 行：新增 2 人');
    expect(run.stdout).toContain('表头在第 3 行：姓名（B 列）、村＝所属村（C 列）、网格＝所在网格（D 列）、角色＝职务（E 列）、电话＝联系电话（F 列）；没有用到的列：序号');
    expect(run.stdout).toContain('第 6 行 E 列（职务）：郑三 的角色「村支书」不认识');

    const out = join(dir, 'out.csv');
    expect((await gridbot(['roster', 'export', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('\uFEFF村,网格,姓名,角色,电话\r\n上司村,九组,郑一,网格员,13800000061\r\n上司村,九组,郑二,联户长,13800000062\r\n');
  }, 60_000);

  it('exits 1 when no sheet of the workbook has a header', async () => {
    const file = await writeXlsx(dir, 'nohead.xlsx', [{ name: '说明', rows: [['请按模板填写'], ['张三', '网格员']] }]);
    const run = await gridbot(['roster', 'import', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('文件：没有找到表头');
  }, 60_000);
});
