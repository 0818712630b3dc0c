import { fail, ok, problem, type Result } from '../kernel/result.js';
import { NUM } from '../scheduler/when-vocab.js';

/** Where a post or reminder goes. */
export type PostTarget = { kind: 'allGrids' } | { kind: 'village'; name: string } | { kind: 'grid'; name: string } | { kind: 'here' } | { kind: 'admin' };

/** Words for the fixed targets; a township can add its own. */
export const TARGET_WORDS: Record<'allGrids' | 'here' | 'admin', string[]> = {
  allGrids: ['全部网格群', '所有网格群', '全体网格群', '各网格群', '全部网格', '所有网格', '全镇网格群', '全镇'],
  here: ['本群', '这个群', '此群', '这里'],
  admin: ['管理群', '管理员群', '综治中心群'],
};

export const TARGET_EXAMPLES = '全部网格群、上司村、上司村三组、本群、管理群';
const PLACE_END = /(村|社区)/;

/**
 * Every grid group, however it is said: 全部, 所有, 全镇所有网格群, 各村, 所有群, 每个网格群.
 * A scope word is required; what follows may only name villages, grids or groups.
 */
const ALL_GRIDS = /^(?:全镇|全乡|本镇|全部|所有|全体|各个?|每个)+的?(?:村|网格|村网格)?的?(?:网格群|微信群|群)?$/;
/** A grid named without its village: 三组, 第二网格, 3组网格群. */
const GRID_ONLY = new RegExp(`^第?${NUM}(?:组|网格|片区?)$`);
/** Ways to list several places in one word: 上司村、里腊村 / 上司村和里腊村 / 上司村,里腊村. */
const LIST_SEP = /[、，,和及与/]/;
const GROUP_SUFFIX = /(?:网格)?群$/;

/**
 * Reads one target word: '全部网格群', '本群', '管理群', a village ('上司村'), or a grid
 * ('红光村十一组'; anything after the village name). A trailing 群 is ignored ('上司村群').
 */
export function parseTarget(word: string): Result<PostTarget> {
  const w = word.trim();
  const single = parseOne(w);
  if (!single.ok) return single;
  // 上司村、里腊村 would otherwise read as one (unknown) grid: a schedule goes to one place.
  const parts = w.split(LIST_SEP).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => parseOne(p).ok)) return fail([problem('target', severalPlaces(w))]);
  return single;
}

function parseOne(w: string): Result<PostTarget> {
  for (const kind of ['allGrids', 'here', 'admin'] as const) {
    if (TARGET_WORDS[kind].includes(w)) return ok({ kind });
  }
  if (ALL_GRIDS.test(w)) return ok({ kind: 'allGrids' });
  const name = w.replace(GROUP_SUFFIX, '');
  const m = PLACE_END.exec(name);
  if (m && m.index > 0) {
    const end = m.index + m[0].length;
    return ok(end === name.length ? { kind: 'village', name } : { kind: 'grid', name });
  }
  // Most villages have a 三组: the village decides which one is meant.
  if (GRID_ONLY.test(name)) return fail([problem('target', `“${w}”前面请写上村名，如 上司村${name}`)]);
  return fail([problem('target', `看不懂发给哪里：“${w || '（空）'}”。可以写：${TARGET_EXAMPLES}`)]);
}

/** One schedule, one place: say so, and how to reach several or all. */
export function severalPlaces(words: string): string {
  return `一条只能发到一个地方，“${words}”请分开设置，每个地方发一条；全镇都发请写“全部网格群”`;
}

/**
 * Connecting words between the time and the target, as said aloud: 发到上司村, 推送给全部网格群,
 * 明天上午10点发一次 管理群. `onlyOnce` when the admin insisted on a single send (只发一次).
 */
const CONNECTOR = new RegExp(
  // A verb standing alone (发一次 管理群), or glued to 到/给 (发到上司村, 推送给全部网格群, 给上司村).
  '^(?:(只|仅)?(?:准时|定时)?(?:推送|发送|发布|发)(一次)?(?=[\\s,，:：]|$)|(?:推送|发送|发布|发)(?:到|给|至)|到|给)[\\s,，:：]*',
);

/** Space, comma or colon between the words of a command, as typed on a phone. */
const SEP_CHARS = '\\s\\u3000\\u2005,，:：;；';
const WORD_SEP = new RegExp(`[${SEP_CHARS}]+`);
/** Separators a part may start with once the part before it is cut off ('，全部网格群'). */
export const LEADING_SEP = new RegExp(`^[${SEP_CHARS}]+`);
const END_PUNCT = /[。．.!！~～]+$/;

/** Splits off the first word: ('上司村 开会') → ['上司村', '开会'], ('管理群：开会') → ['管理群', '开会']. */
export function firstWord(text: string): [string, string] {
  const t = text.replace(LEADING_SEP, '').trim();
  const m = WORD_SEP.exec(t);
  return m ? [t.slice(0, m.index), t.slice(m.index + m[0].length).trim()] : [t, ''];
}

/**
 * Reads the target at the start of what follows the time, and what is left (a reminder's text):
 * splitTarget('发到上司村 三组 开会') → { word: '上司村三组', rest: '开会', onlyOnce: false }.
 * A village and its grid written apart (上司村 三组) are joined; a closing 。 is dropped.
 */
export function splitTarget(text: string): { word: string; rest: string; onlyOnce: boolean } {
  const c = CONNECTOR.exec(text.trim());
  const onlyOnce = Boolean(c?.[1] && c[2]);
  const [first, after] = firstWord(c ? text.trim().slice(c[0].length) : text);
  const [next, afterNext] = firstWord(after);
  const village = first.replace(GROUP_SUFFIX, '');
  if (/(?:村|社区)$/.test(village) && GRID_ONLY.test(next.replace(GROUP_SUFFIX, '').replace(END_PUNCT, ''))) {
    return { word: village + next.replace(END_PUNCT, ''), rest: afterNext, onlyOnce };
  }
  return { word: first.replace(END_PUNCT, ''), rest: after, onlyOnce };
}

/** How a target is named back to the admin: '全部网格群', '上司村', '本群'. */
export function targetLabel(t: PostTarget): string {
  switch (t.kind) {
    case 'allGrids':
      return '全部网格群';
    case 'here':
      return '本群';
    case 'admin':
      return '管理群';
    case 'village':
    case 'grid':
      return t.name;
  }
}
