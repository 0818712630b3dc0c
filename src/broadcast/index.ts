// The face of the broadcast capability (普法 posts and chat schedules): other code imports only from here.
import { adminCommand, type Outcome } from '../admin/index.js';
import type { AppDeps } from '../app-deps.js';
import { chatModelFromConfig, type ChatModel } from '../llm/chat-model.js';
import { parseCommand, type Command } from '../kernel/command.js';
import type { MessageContext, Route } from '../kernel/router.js';
import { parseBroadcastCommand, splitCommandName, type BroadcastCommand, type ScheduleCommand } from './commands.js';
import { forwardedRoute } from './forward.js';
import { createDrafter } from './generate.js';
import { runPostCommand } from './handle-post.js';
import { runScheduleCommand, type ScheduleHooks } from './handle-schedule.js';

export interface BroadcastOptions extends ScheduleHooks {
  /** The model for `#普法 生成`; default: deps.chatModel, else one built from OPENAI_* in the config. */
  chatModel?: ChatModel | null;
}

const isSchedule = (c: BroadcastCommand): c is ScheduleCommand => c.cmd.startsWith('schedule.');

/** The chat routes `#定时 …` and `#普法 …`: admins only (private chat or the admin group), every attempt audited. */
export function broadcastRoutes(deps: AppDeps, options: BroadcastOptions): Route[] {
  const model = options.chatModel !== undefined ? options.chatModel : (deps.chatModel ?? chatModelFromConfig(deps.config));
  const draft = createDrafter({ model, lawsDir: deps.config.LAWS_DIR, log: deps.log });
  const run = async (ctx: MessageContext, _command: Command): Promise<Outcome> => {
    const parsed = parseBroadcastCommand(ctx.text, ctx.now, deps.calendar.tz);
    if (!parsed) return { ok: false, reply: '看不懂这个命令。' };
    if (!parsed.ok) return { ok: false, reply: parsed.problems[0]!.message };
    const cmd = parsed.value;
    return isSchedule(cmd) ? runScheduleCommand(deps, ctx, cmd, options) : runPostCommand(deps, ctx, cmd, { draft });
  };
  const spec = { place: 'admin-place', adminOnly: true } as const;
  // Also '#定时暂停 3', '#普法每周三…': admins type the command word and the next one run together.
  const route = (name: '定时' | '普法'): Route => ({
    ...adminCommand(deps.db, { ...spec, names: [name] }, run),
    match: (ctx) => parseCommand(ctx.text) !== null && splitCommandName(ctx.text)?.name === name,
  });
  return [route('定时'), route('普法'), forwardedRoute(deps)];
}

export { broadcastJobs, fireSchedule, reminderText } from './jobs.js';
export { gridStatusLine, type GridPostStatus } from './grid-status.js';
export { postStatusBetween } from './repo-log.js';
export { importSeedPosts } from './seed.js';
export { fanOutPosts, planPosts, type FanOut, type FanOutResult, type Planned } from './fanout.js';
export { benchBroadcast, type BroadcastBench } from './bench.js';
export { loadSeedPosts, formatCitation, type Post } from './content.js';
export { postText } from './render.js';
