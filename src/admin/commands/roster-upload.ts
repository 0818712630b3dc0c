import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { MessageContext, Route } from '../../kernel/router.js';
import type { OutgoingFile } from '../../chat/port.js';
import type { Db } from '../../db/client.js';
import { audit } from '../audit.js';
import { requireAdmin } from '../guard.js';
import { formatImportSummary, importRoster } from '../../roster/io/index.js';

/** How the chat adapter shows a file in the message text (the file itself is not stored). */
const FILE_TEXT = /^\[文件\] /;
const NOT_ADMIN = '收到文件。只有管理员私聊发来的花名册（.xlsx 或 .csv）我才会导入。';
const FILE_LOST = '这个文件没能读到（可能在我重启时发来的），请重新发送一次。';

/** The workbook through a private folder: the importer reads files by name and extension. */
async function importFile(db: Db, file: OutgoingFile) {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-roster-'));
  const path = join(dir, basename(file.name));
  try {
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const summary = await importRoster(db, path);
    return { summary, text: formatImportSummary(summary).replaceAll(path, file.name) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * An admin sends the roster workbook to the bot privately: imported as `gridbot roster import`
 * does, answered with the same summary. Audited with the counts only (problem lines name people).
 */
export function rosterUploadRoute(db: Db): Route {
  return {
    name: 'admin.roster-upload',
    match: (ctx) => ctx.isPrivate && (ctx.message.file !== undefined || FILE_TEXT.test(ctx.text)),
    async handle(ctx: MessageContext) {
      const file = ctx.message.file;
      if (!requireAdmin(ctx, 'private').ok) return ctx.reply(NOT_ADMIN);
      if (!file) return ctx.reply(FILE_LOST);
      const { summary, text } = await importFile(db, file);
      const ok = !summary.problems.some((p) => p.row === 0);
      await audit(db, { at: ctx.now, actor: ctx.sender, command: `花名册导入 ${file.name}`, ok, result: text.split('\n')[0]! });
      await ctx.reply(text);
    },
  };
}
