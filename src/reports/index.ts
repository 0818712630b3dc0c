// The reports capability's face: the weekly cycle's jobs, the report intake routes, the parser.
import type { AppDeps } from '../app-deps.js';
import type { ChatModel } from '../llm/chat-model.js';
import type { Route } from '../kernel/router.js';
import { leaveRoute } from './leave/leave.js';
import { parseReport, type ReportParser } from '../grammar/parse.js';
import { confirmRoute, correctionRoute, reportRoute } from './routes.js';
import { settingsRoute } from './cycle/settings-commands.js';

export interface ReportRouteOptions {
  /** Called after an admin changed the cycle's times or paused a week: reload the scheduler. */
  onSettingsChanged: () => Promise<void>;
  /** When an LLM is configured, free-text reports are read by it and saved after the worker's 确认. */
  chatModel?: ChatModel | null;
  /** A parser over a township's own vocabulary (default: the built-in one). */
  parser?: ReportParser;
}

/**
 * The routes, in the order they must be tried: `#周报 设置|时间|暂停|恢复`, `#请假`,
 * `确认` (only with a model), a correction of a plain-words report (第2件是已化解), then the weekly report itself (header, or private reply to the reminder).
 */
export function reportRoutes(deps: AppDeps, options: ReportRouteOptions): Route[] {
  const intake = { ...deps, chatModel: options.chatModel ?? null };
  return [
    settingsRoute({ ...deps, onSettingsChanged: options.onSettingsChanged }),
    leaveRoute(deps),
    confirmRoute(intake),
    correctionRoute(intake),
    reportRoute(intake, options.parser ?? parseReport),
  ];
}

export { reportJobs } from './cycle/jobs.js';
export { mentionInstead } from './cycle/steps.js';
export { loadSettings } from './cycle/settings.js';
export { DEFAULT_SETTINGS, reportWeekFor, weekLabel, type CycleSettings, type Step, type WeeklyTime } from './cycle/cycle.js';
export { createReportParser, createDisputeLineParser, parseReport, parseDisputeLine, type ReportParser, type DisputeLineParser } from '../grammar/parse.js';
export type { ParsedReport, ParsedDispute, ReportDraft, DisputeDraft, ReportError, ParseOptions } from '../grammar/types.js';
