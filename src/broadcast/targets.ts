import { fail, ok, problem, type Result } from '../core/result.js';

/** Where a post or reminder goes. */
export type Target =
  | { kind: 'allGrids' }
  | { kind: 'village'; name: string }
  | { kind: 'grid'; name: string }
  | { kind: 'here' }
  | { kind: 'admin' };

/** Words for the fixed targets; a township can add its own. */
export const TARGET_WORDS: Record<'allGrids' | 'here' | 'admin', string[]> = {
  allGrids: ['全部网格群', '所有网格群', '全体网格群', '各网格群', '全部网格', '所有网格', '全镇网格群', '全镇'],
  here: ['本群', '这个群', '此群', '这里'],
  admin: ['管理群', '管理员群', '综治中心群'],
};

export const TARGET_EXAMPLES = '全部网格群、上司村、上司村三组、本群、管理群';
const PLACE_END = /(村|社区)/;

/**
 * Reads one target word: '全部网格群', '本群', '管理群', a village ('上司村'), or a grid
 * ('红光村十一组'; anything after the village name). A trailing 群 is ignored ('上司村群').
 */
export function parseTarget(word: string): Result<Target> {
  const w = word.trim();
  for (const kind of ['allGrids', 'here', 'admin'] as const) {
    if (TARGET_WORDS[kind].includes(w)) return ok({ kind });
  }
  const name = w.replace(/(?:网格)?群$/, '');
  const m = PLACE_END.exec(name);
  if (m && m.index > 0) {
    const end = m.index + m[0].length;
    return ok(end === name.length ? { kind: 'village', name } : { kind: 'grid', name });
  }
  return fail([problem('target', `看不懂发给哪里：“${w || '（空）'}”。可以写：${TARGET_EXAMPLES}`)]);
}

/** How a target is named back to the admin: '全部网格群', '上司村', '本群'. */
export function targetLabel(t: Target): string {
  switch (t.kind) {
    case 'allGrids': return '全部网格群';
    case 'here': return '本群';
    case 'admin': return '管理群';
    case 'village':
    case 'grid': return t.name;
  }
}
