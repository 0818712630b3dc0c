import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { importLaws, importReportText, knownLawTitles, listLaws, scanLawFiles } from '../../src/lawqa/index.js';
import { parseStatute } from '../../src/lawqa/statutes.js';
import { titleWarning } from '../../src/lawqa/titles.js';
import { testDb } from '../support/db.js';

const CIVIL = '中华人民共和国民法典';
// Our own wording in the shape of an official text from the national database: title, the note
// with its dates, a table of contents, then chapters and articles indented with full-width spaces.
const OFFICIAL_PARAGRAPHS = [
  CIVIL,
  '（2020年5月28日第十三届全国人民代表大会第三次会议通过　根据2030年1月1日某次会议的决定修正）',
  '目　　录',
  '第七编　侵权责任',
  '第七编　侵权责任',
  '第九章　饲养动物损害责任',
  '　　第一千二百四十五条　养的动物把人咬伤了，养的人要赔；被咬的人自己故意招惹的，可以少赔或者不赔。',
  '　　第一千二百四十六条　不按规定拴狗、给狗戴嘴套，狗伤了人的，养狗的人要赔。',
  '第十章　附　则',
  '　　第一千二百六十条　本法自2021年1月1日起施行。',
];

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A minimal .docx as Word writes it: runs split mid-sentence, a tab in the paragraph properties. */
async function docx(paragraphs: readonly string[]): Promise<Buffer> {
  const body = paragraphs
    .map((p) => {
      const cut = Math.ceil(p.length / 2);
      return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">${esc(p.slice(0, cut))}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>${esc(p.slice(cut))}</w:t></w:r></w:p>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

let dir: string;
let database: Database;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gridbot-formats-'));
  database = await testDb();
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the title comes from the text, not the file name', () => {
  const ARTICLE = '\n\n第一条 为了办好这件事，制定本法。';
  it.each([
    ['民法典.txt', `${CIVIL}\n\n（2020年5月28日第十三届全国人民代表大会第三次会议通过）${ARTICLE}`, CIVIL],
    ['调解仲裁.txt', `中华人民共和国农村土地\n\n承包经营纠纷调解仲裁法${ARTICLE}`, '中华人民共和国农村土地承包经营纠纷调解仲裁法'],
    ['森林.txt', `中华人民共和国　森　林　法${ARTICLE}`, '中华人民共和国森林法'],
    ['信访.txt', `《信访工作条例》${ARTICLE}`, '信访工作条例'],
    [
      '解释一.txt',
      `来源：国家法律法规数据库\n最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）${ARTICLE}`,
      '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）',
    ],
    ['村规民约.txt', ARTICLE.trim(), '村规民约'],
    ['whatever.md', `# 某某县养犬管理办法${ARTICLE}`, '某某县养犬管理办法'],
  ])('%s', (file, text, title) => {
    const r = parseStatute(text, file);
    expect(r.ok && r.value.title).toBe(title);
  });
});

describe('titleWarning', () => {
  const known = new Set([CIVIL, '中华人民共和国刑法']);
  it.each([
    [CIVIL, null],
    ['民法典', `《民法典》不是法律全称，内置问答引用的是《${CIVIL}》：请在文件第一行写上全称“${CIVIL}”再导入`],
    ['村规民约', '《村规民约》不是内置问答引用的法律，问答会检索它的条文，但不会用它的内置解答；若名称写错了，请在文件第一行写上法律全称'],
  ])('%s', (title, warning) => {
    expect(titleWarning(title, known)).toBe(warning);
  });

  it('knows every law the curated answers cite', async () => {
    const titles = await knownLawTitles();
    expect(titles.has(CIVIL)).toBe(true);
    expect(titles.has('中华人民共和国治安管理处罚法')).toBe(true);
  });
});

describe('laws import of a folder as people really have one', () => {
  it('reads .docx from the national database and GB18030 text, and lists every file skipped with why', async () => {
    const folder = join(dir, 'downloads');
    mkdirSync(join(folder, '旧版'), { recursive: true });
    writeFileSync(join(folder, '民法典.docx'), await docx(OFFICIAL_PARAGRAPHS));
    writeFileSync(join(folder, '坏了.docx'), 'not a zip');
    // "中华人民共和国刑法\n\n第一条　用自己的话写的一条。" as Windows Notepad saves Chinese (GBK).
    writeFileSync(join(folder, '刑法.txt'), Buffer.from('d6d0bbaac8cbc3f1b9b2bacdb9fad0ccb7a80a0ab5dad2bbccf5a1a1d3c3d7d4bcbab5c4bbb0d0b4b5c4d2bbccf5a1a3', 'hex'));
    writeFileSync(join(folder, '反家暴法.doc'), 'binary');
    writeFileSync(join(folder, '土地法.pdf'), '%PDF');
    writeFileSync(join(folder, 'README.md'), '# 说明');
    writeFileSync(join(folder, '~$民法典.docx'), 'lock');
    writeFileSync(join(folder, '.DS_Store'), '');
    const report = await importLaws(database.db, [folder], { at: new Date('2026-12-01T09:00:00+08:00'), knownTitles: await knownLawTitles() });
    expect(report.laws.map((l) => [l.title, l.articles, l.effectiveDate])).toEqual([
      ['中华人民共和国刑法', 1, null],
      [CIVIL, 3, '2021-01-01'],
    ]);
    expect(report.laws[1]!.notes).toEqual([]);
    expect((await listLaws(database.db)).find((l) => l.title === CIVIL)!.revisedDate).toBe('2030-01-01');
    const why = Object.fromEntries(report.skipped.map((s) => [s.file.slice(folder.length + 1), s.why]));
    expect(why).toEqual({
      'README.md': '是说明文件，不是法律',
      '~$民法典.docx': '是 Word 打开文件时留下的临时文件',
      '.DS_Store': '是隐藏文件',
      '反家暴法.doc': '是旧版 Word 文件（.doc），读不了：请在 Word 或 WPS 里另存为 .docx 或 .txt',
      '土地法.pdf': 'PDF 读不了：请在国家法律法规数据库（flk.npc.gov.cn）下载 Word 版（.docx）',
      旧版: '是文件夹，里面的文件没有读（要导入请单独写出这个文件夹）',
    });
    expect(report.failed.map((f) => [f.file.slice(folder.length + 1), f.problems[0]])).toEqual([
      ['坏了.docx', '不是有效的 .docx 文件（打不开）。请在 Word 或 WPS 里重新“另存为 .docx”，或另存为 .txt'],
    ]);
    const text = importReportText(report);
    expect(text).toContain('– 跳过 ');
    expect(text).toContain('✗ ');
  });

  it('imports a file named by its short title under the full title in it; a short title in the text is warned about', async () => {
    const folder = join(dir, 'short');
    mkdirSync(folder);
    writeFileSync(join(folder, '民法典.txt'), OFFICIAL_PARAGRAPHS.join('\n\n'));
    writeFileSync(join(folder, '刑法.md'), '# 刑法\n\n第一条 用我们自己的话写的一条。');
    const report = await importLaws(database.db, [folder], { at: new Date(), knownTitles: await knownLawTitles() });
    expect(report.laws.map((l) => l.title)).toEqual(['刑法', CIVIL]);
    expect(report.laws[0]!.notes[0]).toContain('内置问答引用的是《中华人民共和国刑法》');
    expect(report.laws[1]!.notes).toEqual([]);
  });

  it('names a single file of another format as skipped instead of reading it as text', async () => {
    const file = join(dir, '某法.pdf');
    writeFileSync(file, '%PDF-1.4');
    expect(await scanLawFiles([file])).toEqual({ files: [], skipped: [{ file, why: expect.stringContaining('PDF 读不了') }] });
  });
});
