import { fail, ok, problem, type Result } from '../kernel/result.js';
import { readPostId } from './ids.js';
import { parseTarget, TARGET_EXAMPLES, type PostTarget } from './targets.js';
import { parseTheme, THEMES, themeLabel, type Theme } from './themes.js';

export type PostCommand =
  | { cmd: 'post.add'; title: string; body: string; theme: Theme }
  | { cmd: 'post.list'; theme?: Theme }
  | { cmd: 'post.preview' | 'post.disable' | 'post.enable'; id: string }
  | { cmd: 'post.send'; id: string; target: PostTarget }
  | { cmd: 'post.stats'; period: 'month' | 'year' }
  | { cmd: 'post.generate'; prompt: string };

export const POST_EXAMPLES = {
  add: '#普法 添加 借钱要写借条|借钱给亲戚朋友，也要写张借条，写清金额、还款日期……|经济',
  list: '#普法 列表 土地',
  preview: '#普法 预览 p012',
  disable: '#普法 停用 p012',
  enable: '#普法 启用 p012',
  send: '#普法 发送 p012 上司村',
  stats: '#普法 统计 本年',
  generate: '#普法 生成 兄弟分家后宅基地界线不清',
} as const;

type Sub = keyof typeof POST_EXAMPLES;
export const SUB_WORDS: Record<string, Sub> = {
  添加: 'add',
  新增: 'add',
  增加: 'add',
  列表: 'list',
  清单: 'list',
  预览: 'preview',
  查看: 'preview',
  停用: 'disable',
  禁用: 'disable',
  启用: 'enable',
  发送: 'send',
  推送: 'send',
  统计: 'stats',
  生成: 'generate',
};
const PERIODS: Record<string, 'month' | 'year'> = { 本月: 'month', 这个月: 'month', 当月: 'month', 本年: 'year', 今年: 'year', 全年: 'year' };
const TITLE_MAX = 40;
const BODY_MIN = 20;
const BODY_MAX = 600;

const err = <T>(field: string, message: string): Result<T> => fail<T>([problem(field, message)]);
const themeList = (): string => THEMES.map(themeLabel).join('、');
const words = (s: string): string[] => s.split(/[\s\u3000\u2005]+/).filter(Boolean);

/** Reads what follows '#普法'. */
export function parsePostCommand(text: string): Result<PostCommand> {
  const [subWord = '', ...args] = words(text);
  const sub = SUB_WORDS[subWord];
  const rest = text.trim().slice(subWord.length).trim();
  switch (sub) {
    case 'add':
      return parseAdd(rest);
    case 'list':
      return parseList(args[0]);
    case 'preview':
    case 'disable':
    case 'enable':
      return parseIdOnly(sub, args[0]);
    case 'send':
      return parseSend(args);
    case 'stats':
      return parseStats(args[0]);
    case 'generate':
      return rest.length >= 2 ? ok({ cmd: 'post.generate', prompt: rest }) : err('prompt', `请写上主题或案例，例如：${POST_EXAMPLES.generate}`);
    default:
      return err('sub', `“#普法”后面请写 添加、列表、预览、停用、启用、发送、统计 或 生成。例如：${POST_EXAMPLES.list}；${POST_EXAMPLES.send}`);
  }
}

function parseAdd(rest: string): Result<PostCommand> {
  const parts = rest.split(/[|｜]/).map((s) => s.trim());
  if (parts.length < 3) return err('post', `请用“|”隔开标题、正文、主题，例如：${POST_EXAMPLES.add}`);
  const title = parts[0]!;
  const themeWord = parts[parts.length - 1]!;
  const body = parts.slice(1, -1).join('|').trim();
  if (title.length < 2 || title.length > TITLE_MAX) return err('title', `标题要2到${TITLE_MAX}个字，现在是${title.length}个字`);
  if (body.length < BODY_MIN || body.length > BODY_MAX) {
    return err('body', `正文要${BODY_MIN}到${BODY_MAX}个字（手机上好读，最好250字以内），现在是${body.length}个字`);
  }
  const theme = parseTheme(themeWord);
  if (!theme) return err('theme', `看不懂主题“${themeWord}”，可以写：${themeList()}`);
  return ok({ cmd: 'post.add', title, body, theme });
}

function parseList(word: string | undefined): Result<PostCommand> {
  if (!word) return ok({ cmd: 'post.list' });
  const theme = parseTheme(word);
  return theme ? ok({ cmd: 'post.list', theme }) : err('theme', `看不懂主题“${word}”，可以写：${themeList()}`);
}

function parseIdOnly(sub: 'preview' | 'disable' | 'enable', word: string | undefined): Result<PostCommand> {
  const id = readPostId(word);
  if (!id) return err('id', `请写上普法内容的编号，例如：${POST_EXAMPLES[sub]}（编号见 #普法 列表）`);
  return ok({ cmd: `post.${sub}`, id });
}

function parseSend(args: string[]): Result<PostCommand> {
  const id = readPostId(args[0]);
  if (!id) return err('id', `请写上编号和发到哪里，例如：${POST_EXAMPLES.send}`);
  if (!args[1]) return err('target', `请写上发到哪里（${TARGET_EXAMPLES}），例如：${POST_EXAMPLES.send}`);
  const target = parseTarget(args[1]);
  if (!target.ok) return err('target', `${target.problems[0]!.message}。例如：${POST_EXAMPLES.send}`);
  return ok({ cmd: 'post.send', id, target: target.value });
}

function parseStats(word: string | undefined): Result<PostCommand> {
  if (!word) return ok({ cmd: 'post.stats', period: 'month' });
  const period = PERIODS[word];
  return period ? ok({ cmd: 'post.stats', period }) : err('period', `统计范围请写“本月”或“本年”，例如：${POST_EXAMPLES.stats}`);
}
