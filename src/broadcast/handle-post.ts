import type { Outcome } from '../admin/index.js';
import type { AppDeps } from '../app-deps.js';
import type { Result } from '../kernel/result.js';
import type { MessageContext } from '../kernel/router.js';
import type { PostCommand } from './commands.js';
import { POST_EXAMPLES } from './commands-post.js';
import { formatCitation } from './content.js';
import { resolveTarget, settleTarget, storedTargetLabel } from './destinations.js';
import { fanOutPosts } from './fanout.js';
import type { Draft } from './generate.js';
import { postLine, previewText } from './render.js';
import { findPost, insertPost, listPosts, postCounts, setPostEnabled } from './repo.js';
import { activityCounts, deliveryCounts, syncResults } from './repo-log.js';
import { periodRange, renderStats, summarize } from './stats.js';
import { THEMES, themeLabel } from './themes.js';

export interface PostHooks {
  /** Drafts a post with the model (see generate.ts). */
  draft(prompt: string): Promise<Result<Draft>>;
}

const done = (reply: string): Outcome => ({ ok: true, reply });
const refused = (reply: string): Outcome => ({ ok: false, reply });
const notFound = (id: string) => refused(`没有编号为 ${id} 的普法内容。发送 #普法 列表 查看编号。`);
// A full list of every post would run to several messages on a phone.
const LIST_ALL_MAX = 30;

async function add(deps: AppDeps, ctx: MessageContext, cmd: Extract<PostCommand, { cmd: 'post.add' }>): Promise<Outcome> {
  const p = await insertPost(deps.db, { ...cmd, source: 'chat', enabled: true, createdBy: ctx.sender.id, createdAt: ctx.now });
  return done(`已添加 ${p.id}《${p.title}》（${themeLabel(p.theme)}），会加入轮换。预览：#普法 预览 ${p.id}`);
}

async function list(deps: AppDeps, theme?: (typeof THEMES)[number]): Promise<Outcome> {
  const all = await listPosts(deps.db, theme);
  if (theme || all.length <= LIST_ALL_MAX) {
    if (all.length === 0) return done(`还没有“${theme ? themeLabel(theme) : ''}”类的普法内容。`);
    return done(`普法内容（${all.length} 条）：\n${all.map(postLine).join('\n')}`);
  }
  const counts = await postCounts(deps.db);
  const of = (t: string, on: boolean) => counts.filter((c) => c.theme === t && c.enabled === on).reduce((a, c) => a + c.n, 0);
  const lines = THEMES.filter((t) => of(t, true) + of(t, false) > 0).map((t) => {
    const off = of(t, false);
    return `· ${themeLabel(t)}：${of(t, true)} 条${off ? `（另有停用 ${off} 条）` : ''}`;
  });
  const drafts = all.filter((p) => p.source === 'llm' && !p.enabled).map(postLine);
  const tail = drafts.length ? `\n待审核的草稿：\n${drafts.join('\n')}` : '';
  return done(`普法内容共 ${all.length} 条：\n${lines.join('\n')}\n查看某一类：${POST_EXAMPLES.list}${tail}`);
}

async function toggle(deps: AppDeps, id: string, enabled: boolean): Promise<Outcome> {
  const p = await findPost(deps.db, id);
  if (!p) return notFound(id);
  if (p.enabled === enabled) return done(`${id}《${p.title}》本来就是${enabled ? '启用' : '停用'}的，没有改动。`);
  await setPostEnabled(deps.db, id, enabled);
  return done(enabled ? `已启用 ${id}《${p.title}》，会加入轮换。` : `已停用 ${id}《${p.title}》，以后不会自动发送。恢复：#普法 启用 ${id}`);
}

async function send(deps: AppDeps, ctx: MessageContext, cmd: Extract<PostCommand, { cmd: 'post.send' }>): Promise<Outcome> {
  const post = await findPost(deps.db, cmd.id);
  if (!post) return notFound(cmd.id);
  if (!post.enabled) return refused(`${post.id}《${post.title}》是停用的，请先预览核对，再 #普法 启用 ${post.id} 后发送。`);
  const target = await settleTarget(deps.db, cmd.target, ctx.room);
  if (!target.ok) return refused(`${target.problems[0]!.message}\n例如：${POST_EXAMPLES.send}`);
  const destinations = await resolveTarget(deps.db, target.value);
  if (destinations.length === 0) return refused(`${storedTargetLabel(target.value)}还没有绑定的群，没有发送。`);
  const batch = `manual:${ctx.message.id}`;
  await fanOutPosts(deps, { planAt: ctx.now, destinations, post, scheduleId: null, batch, keyOf: (roomId) => `post-manual:${ctx.message.id}:${roomId}` });
  return done(`已安排把 ${post.id}《${post.title}》发到${storedTargetLabel(target.value)}（${destinations.length} 个群），会按发送节奏陆续发出。`);
}

async function stats(deps: AppDeps, now: Date, period: 'month' | 'year'): Promise<Outcome> {
  const tz = deps.calendar.tz;
  await syncResults(deps.db);
  const range = periodRange(period, now, tz);
  const year = periodRange('year', now, tz);
  const summary = summarize(await deliveryCounts(deps.db, range.from, range.to));
  const activities = await activityCounts(deps.db, year.from, year.to);
  return done(renderStats({ period: range, summary, year: { label: year.label, ...activities } }));
}

async function generate(deps: AppDeps, ctx: MessageContext, prompt: string, hooks: PostHooks): Promise<Outcome> {
  const draft = await hooks.draft(prompt);
  if (!draft.ok) return refused(draft.problems[0]!.message);
  const d = draft.value;
  const p = await insertPost(deps.db, { ...d, source: 'llm', enabled: false, createdBy: ctx.sender.id, createdAt: ctx.now });
  const notes = [`草稿已保存为 ${p.id}（停用），请核对后发送 #普法 启用 ${p.id}`];
  if (!d.checked) notes.push('（没有配置法律条文库，引用的条文没有核对，请人工确认）');
  if (d.dropped.length) notes.push(`（以下引用在法律条文库里找不到，已去掉：${d.dropped.map(formatCitation).join('、')}）`);
  return { ok: true, reply: `${previewText(p)}\n${notes.join('\n')}`, audit: `草稿 ${p.id} 已保存（停用）` };
}

/** The `#普法` use cases. */
export async function runPostCommand(deps: AppDeps, ctx: MessageContext, cmd: PostCommand, hooks: PostHooks): Promise<Outcome> {
  switch (cmd.cmd) {
    case 'post.add':
      return add(deps, ctx, cmd);
    case 'post.list':
      return list(deps, cmd.theme);
    case 'post.preview': {
      const p = await findPost(deps.db, cmd.id);
      return p ? done(previewText(p)) : notFound(cmd.id);
    }
    case 'post.disable':
      return toggle(deps, cmd.id, false);
    case 'post.enable':
      return toggle(deps, cmd.id, true);
    case 'post.send':
      return send(deps, ctx, cmd);
    case 'post.stats':
      return stats(deps, ctx.now, cmd.period);
    case 'post.generate':
      return generate(deps, ctx, cmd.prompt, hooks);
  }
}
