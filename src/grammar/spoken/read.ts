import { errors } from '../messages.js';
import type { DisputeDraft, ParsedReport, ReportError } from '../types.js';
import { cleanSpoken } from './clean.js';
import { readCount, readGrid, readHouseholds, type GridRead, type HouseholdsRead, type Taken } from './head.js';
import type { SpokenMatchers } from './matchers.js';
import { blank, splitDisputes, splitRunOn, splitUncounted, type Split } from './split.js';
import { readStory, tellsDispute, tellsQuarrelBesideNil } from './story.js';

/** A message read in the spoken form, and whether it is a report at all. */
export interface SpokenRead {
  isReport: boolean;
  parsed: ParsedReport;
}

interface Reading {
  grid: GridRead;
  households: HouseholdsRead;
  count: number | null;
  nil: boolean;
  /** 无纠纷 said before a numbered list of disputes: the message says both, so the worker is asked. */
  nilThenList: boolean;
  disputes: DisputeDraft[];
  text: string;
}

/**
 * Reads a report said in plain words (one line, no keys, voice): grid, households, the disputes
 * numbered in the line or told as one story, nil in everyday words. `known` lists the roster's
 * grid names when the sender's town is known (chat); without it the village + group pattern reads.
 */
export function readSpoken(original: string, s: SpokenMatchers, known: readonly string[] = []): SpokenRead {
  const r = readParts(cleanSpoken(original, s), s, known);
  const draft = {
    grid: r.grid.state === 'ok' ? r.grid.grid : null,
    households: r.households.state === 'ok' ? r.households.value : null,
    nil: r.nil,
    disputes: r.disputes,
  };
  const isReport = looksLikeReport(r, s);
  const found = isReport ? problems(r) : [errors.notAReport()];
  return { isReport, parsed: { ok: found.length === 0, report: draft, errors: found, form: 'spoken' } };
}

function readParts(text: string, s: SpokenMatchers, known: readonly string[]): Reading {
  const grid = readGrid(text, s, known);
  const households = readHouseholds(text, s);
  const count = readCount(text, s);
  const taken: Taken[] = [...households.at, ...(grid.state === 'missing' ? [] : [grid.at]), ...(count ? [count.at] : [])];
  const nilAt = [...blank(text, taken).matchAll(s.nil)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const story = blank(text, [...taken, ...nilAt]);
  const split = splitDisputes(story, s);
  const disputes = storyDisputes(split, s, count?.count ?? null, nilAt.length > 0);
  const nil = disputes.length === 0 && (nilAt.length > 0 || count?.count === 0);
  const nilThenList = split.items.length > 0 && nilAt.some((n) => n.start < split.preamble.length && s.nilNegated.test(text.slice(n.start, n.end)));
  return { grid, households, count: count?.count ?? null, nil, nilThenList, disputes, text };
}

/**
 * The stories of the disputes. After a nil statement with no count, what is left tells a dispute
 * only with a quarrel or a party in it (没有矛盾纠纷，就是有个老人独居 is a remark, not a family dispute);
 * 一切正常，王某和李某为地界吵了几句 still reports one.
 */
function storyDisputes(split: Split, s: SpokenMatchers, count: number | null, saidNil: boolean): DisputeDraft[] {
  const preambleTells = saidNil && count === null ? tellsQuarrelBesideNil(split.preamble, s) : tellsDispute(split.preamble, s);
  const stories = split.items.length > 0 ? split.items : [];
  if (split.firstInPreamble || (split.items.length === 0 && preambleTells)) stories.unshift(split.preamble);
  // 有一起纠纷，情况还在了解: a dispute was counted, so what follows is it, whatever its words.
  else if (split.items.length === 0 && (count ?? 0) > 0 && /\p{Script=Han}/u.test(split.preamble)) stories.push(split.preamble);
  const tells = (t: string) => tellsDispute(t, s);
  const told = count !== null ? splitRunOn(stories, s, count, tells) : stories.length === 1 ? splitUncounted(stories[0]!, s, tells) : stories;
  return told.map((t) => readStory(t, s));
}

/**
 * The reading rule: a grid, a households count, and a nil statement or a dispute make a report.
 * A message that has most of that and lacks one part is a report with that part missing. What
 * makes it a report is its shape, never its story: the week's count (走访72户) alone, or two of a
 * grid, a number of households, a report word (这周, 走访, 周报), a nil statement and a count of
 * disputes, one of them a place or a number. A dispute told beside a grid (青杠村五组两家为借钱
 * 打起来了) is news or a call for help, and a question or a plea (怎么办, 请问, 麻烦中心派个人)
 * is never a report, even with a grid.
 */
function looksLikeReport(r: Reading, s: SpokenMatchers): boolean {
  const fullGrid = r.grid.state === 'ok';
  const said = r.households.state === 'missing' ? 'none' : r.households.said;
  if (s.question.test(r.text) && !(fullGrid && r.households.state === 'ok' && said !== 'story')) return false;
  if (said === 'weekly') return true;
  const signals = [fullGrid, said === 'plain', s.reportWord.test(r.text), r.nil, r.count !== null];
  // 本周无矛盾纠纷 alone says where nothing is: a place (even 八组) or a number must be among them.
  const anchored = r.grid.state !== 'missing' || said === 'plain' || r.count !== null;
  return anchored && signals.filter(Boolean).length >= 2;
}

function problems(r: Reading): ReportError[] {
  const found: ReportError[] = [];
  if (r.grid.state !== 'ok') found.push(errors.spokenGridMissing(r.grid.state === 'bare' ? r.grid.quote : null));
  if (r.households.state === 'missing') found.push(errors.spokenHouseholdsMissing());
  if (r.households.state === 'vague') found.push(errors.spokenHouseholdsVague(r.households.quote));
  const listed = r.disputes.length;
  if (r.nilThenList) found.push(errors.nilWithDisputes(listed));
  else if (r.count !== null && r.count > 0 && r.count !== listed) found.push(errors.spokenCountMismatch(r.count, listed));
  if (!r.nil && listed === 0 && r.count === null) found.push(errors.disputesMissing());
  r.disputes.forEach((d, i) => {
    if (d.category === null) found.push(errors.spokenCategoryMissing(i + 1, d.summary.slice(0, 20)));
  });
  return found;
}
