import { createRequire } from 'node:module';
import { PGLITE_START_PARAMS } from '../../db/pglite-assets.js';

/** The chat packages the bench's mock-puppet bot holds; a WeCom-only bot holds the SDK instead. */
export const WECHATY_FLOOR = ['wechaty/impls', 'wechaty-puppet-mock'] as const;
export const WECOM_FLOOR = ['@wecom/aibot-node-sdk'] as const;

/**
 * A node program that holds only what any gridbot on PGlite must hold, with none of gridbot's own
 * code: the PGlite database at `pgliteDir` opened, jieba with its dictionary (the legal Q&A's
 * segmenter), and the chat packages (`chat`: Wechaty and the mock puppet, or the WeCom SDK). It idles `idleMs` like the bot
 * and prints its resident memory in bytes: the floor under the bot's idle RSS on this machine.
 */
export function rssFloorProgram(pgliteDir: string, idleMs: number, chat: readonly string[] = WECHATY_FLOOR): string {
  const at = (specifier: string) => JSON.stringify(import.meta.resolve(specifier));
  const dictionary = JSON.stringify(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));
  return `
    import { readFileSync } from 'node:fs';
    const { PGlite } = await import(${at('@electric-sql/pglite')});
    const { Jieba } = await import(${at('@node-rs/jieba')});
    const db = new PGlite(${JSON.stringify(pgliteDir)}, { startParams: ${JSON.stringify(PGLITE_START_PARAMS)} });
    await db.query('select 1');
    globalThis.held = [db, Jieba.withDict(readFileSync(${dictionary})), ${chat.map((c) => `await import(${at(c)})`).join(', ')}];
    await new Promise((r) => setTimeout(r, ${idleMs}));
    process.stdout.write(String(process.memoryUsage().rss));
    await db.close();
  `;
}
