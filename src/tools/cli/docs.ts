import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';

const START = '<!-- commands:start -->';
const END = '<!-- commands:end -->';

/** The usage guide with the chat-command table (generated from the command table) between the markers. */
export async function withCommandTable(readme: string): Promise<string> {
  const { commandTableMarkdown } = await import('../../admin/index.js');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`文件里找不到 ${START} … ${END}`);
  return `${readme.slice(0, from + START.length)}\n${commandTableMarkdown()}\n${readme.slice(to)}`;
}

/** `gridbot docs` refreshes the usage guide's command table from the code's command table. */
export function registerDocsCommand(program: Command): void {
  program
    .command('docs')
    .description('用代码里的命令表刷新 docs/usage.md 的聊天命令表')
    .option('--file <path>', '文件路径', 'docs/usage.md')
    .action(async (opts: { file: string }) => {
      await writeFile(opts.file, await withCommandTable(await readFile(opts.file, 'utf8')));
      process.stdout.write(`已更新 ${opts.file}\n`);
    });
}
