import type { Citation } from '../lawqa/index.js';
import type { Post } from './content.js';
import type { StoredPost } from './repo.js';
import { SPECIAL_DAY_LABELS, themeLabel } from './themes.js';

const SOURCE_LABELS: Record<StoredPost['source'], string> = { seed: '内置', chat: '管理员添加', llm: '模型起草' };

/** '中华人民共和国民法典' → '民法典': the long official prefix means nothing to a villager. */
const shortLaw = (law: string): string => law.replace(/^中华人民共和国/, '');

/** 《民法典》第1079条、第1080条；《土地管理法》第14条 — articles of one law joined. */
export function citationText(cites: readonly Citation[]): string {
  const byLaw = new Map<string, string[]>();
  for (const c of cites) {
    const list = byLaw.get(c.law) ?? [];
    list.push(`第${c.article}条${c.sub ? `之${c.sub}` : ''}`);
    byLaw.set(c.law, list);
  }
  return [...byLaw].map(([law, arts]) => `《${shortLaw(law)}》${arts.join('、')}`).join('；');
}

/** The message a group receives. */
export function postText(post: Post): string {
  // The tag tells readers (and the centre's replays) what the post is about at a glance.
  const tag = post.specialDay ? SPECIAL_DAY_LABELS[post.specialDay] : themeLabel(post.theme);
  const lines = [`【普法·${tag}】${post.title}`, post.body];
  if (post.cites.length) lines.push(`法律依据：${citationText(post.cites)}`);
  return lines.join('\n');
}

/** One line of `#普法 列表`: 'p021 [山林土地] 承包地期限到了怎么办？（停用）'. */
export function postLine(p: StoredPost): string {
  const day = p.specialDay ? `（${SPECIAL_DAY_LABELS[p.specialDay]}）` : '';
  const off = p.enabled ? '' : p.source === 'llm' ? '（草稿，待启用）' : '（停用）';
  return `${p.id} [${themeLabel(p.theme)}] ${p.title}${day}${off}`;
}

/** `#普法 预览`: the post as the groups would see it, then what the admin needs to decide. */
export function previewText(p: StoredPost): string {
  const state = p.enabled ? '启用中' : `停用（启用：#普法 启用 ${p.id}）`;
  const meta = [`编号 ${p.id}，主题：${themeLabel(p.theme)}，来源：${SOURCE_LABELS[p.source]}，状态：${state}`];
  if (p.specialDay) meta.push(`节日：${SPECIAL_DAY_LABELS[p.specialDay]}`);
  if (p.source !== 'seed' && p.cites.length === 0) meta.push('（没有写法律依据，发出前请核对内容）');
  return `${postText(p)}\n——\n${meta.join('\n')}`;
}
