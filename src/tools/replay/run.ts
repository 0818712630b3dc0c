import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatLocal } from '../../kernel/time.js';
import type { SentRecord } from '../../chat/mock/mock-world.js';
import { defaultLawsSource } from '../../lawqa/index.js';
import { check } from './expect.js';
import { createHarness, type Harness, type Sent } from './harness.js';
import { scenarioSchema, type Scenario, type Step } from './scenario.js';

export interface ReplayResult {
  ok: boolean;
  failure?: string;
  transcript: string[];
}

const indent = (text: string) => text.split('\n').join('\n      ');

/**
 * What a chat window shows. Wechaty writes "@name" into the text of a group message itself, so the
 * mention list is shown only for names the text does not already carry.
 */
export function shownText(r: SentRecord): string {
  if (r.fileName) return `[文件] ${r.fileName}`;
  const text = r.text ?? '';
  const extra = r.mentions.filter((m) => !text.includes(`@${m}`));
  const buttons = r.buttons?.length ? `\n${r.buttons.map((b) => `[按钮：${b}]`).join(' ')}` : '';
  return `${extra.map((m) => `@${m} `).join('')}${text}${buttons}`;
}

function showSent(sent: Sent[], tz: string): string[] {
  return sent.map((r) => {
    const where = `${r.toKind === 'room' ? `群「${r.to}」` : `私聊 ${r.to}`}${r.via ? `（${r.via}）` : ''}`;
    return `  ← 机器人 → ${where} (${formatLocal(r.at, tz)}):\n      ${indent(shownText(r))}`;
  });
}

async function act(h: Harness, step: Step, transcript: string[]): Promise<Sent[] | null> {
  if ('say' in step) {
    const where = step.in ? `群「${step.in}」` : h.channels.channelOf(step.from) === 'wecom' ? '私聊（企业微信）' : '私聊';
    transcript.push(`${formatLocal(h.clock.now(), h.config.TZ)} ${step.from} @ ${where}: ${step.say}`);
    return h.say(step.from, step.say, { room: step.in, mention: step.mention, voice: step.voice });
  }
  if ('tap' in step) {
    transcript.push(`${formatLocal(h.clock.now(), h.config.TZ)} ${step.from} 点了「${step.tap}」`);
    return h.tap(step.from, step.tap);
  }
  if ('wecom' in step) {
    transcript.push(`—— 企业微信长连接${step.wecom === 'down' ? '断开（连不上）' : '恢复'} ——`);
    return h.wecomLink(step.wecom);
  }
  if ('rename' in step) {
    transcript.push(`${formatLocal(h.clock.now(), h.config.TZ)} ${step.from} 把群「${step.in}」改名为「${step.rename}」`);
    return h.rename(step.from, step.in, step.rename);
  }
  if ('at' in step) {
    transcript.push(`—— 时间推进到 ${formatLocal(new Date(step.at), h.config.TZ)} ——`);
    return h.advanceTo(new Date(step.at));
  }
  return null;
}

export interface ReplayOptions {
  /** Statutes for each fresh database; default: ../shared/data/laws when present (`gridbot replay` passes LAWS_DIR, the shared folder or what `laws fetch` saved). */
  laws?: string | null;
}

/** Plays one scenario on a fresh bot; stops at the first failed expectation. */
export async function replayScenario(scenario: Scenario, options: ReplayOptions = {}): Promise<ReplayResult> {
  const laws = options.laws !== undefined ? options.laws : defaultLawsSource();
  const wecom = [...scenario.people, ...scenario.rooms].some((x) => x.channel === 'wecom') || scenario.steps.some((s) => 'wecom' in s);
  const h = await createHarness({ start: new Date(scenario.start), laws, wecom, webhook: scenario.webhook ?? false });
  const transcript: string[] = [];
  try {
    await h.seed(scenario.people, scenario.rooms);
    let last: Sent[] = [];
    for (const [i, step] of scenario.steps.entries()) {
      // A step the world cannot play (a WeCom step without WeCom people) fails this file, not the run.
      const sent = await act(h, step, transcript).catch((err: unknown) => new Error(err instanceof Error ? err.message : String(err)));
      if (sent instanceof Error) return { ok: false, failure: `第 ${i + 1} 步无法执行：${sent.message}`, transcript };
      if (sent) {
        last = sent;
        transcript.push(...showSent(sent, h.config.TZ));
        continue;
      }
      const kind = 'expect' in step ? 'expect' : 'expectNot';
      const failure = check(kind, 'expect' in step ? step.expect : (step as { expectNot: never }).expectNot, last);
      if (failure) return { ok: false, failure: `第 ${i + 1} 步 ${failure}`, transcript };
    }
    return { ok: true, transcript };
  } finally {
    await h.close();
  }
}

async function loadScenario(file: string): Promise<Scenario | string> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    return `无法读取 ${file}: ${err instanceof Error ? err.message : String(err)}`;
  }
  const parsed = scenarioSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  return `${file} 格式不对：\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`;
}

/** `gridbot replay FILE...`: 0 when every expectation of every file holds, else 1. */
export async function replayFiles(files: string[], options: { quiet: boolean } & ReplayOptions): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const scenario = await loadScenario(file);
    if (typeof scenario === 'string') {
      process.stdout.write(`✗ ${scenario}\n`);
      failed++;
      continue;
    }
    const result = await replayScenario(scenario, { laws: options.laws });
    if (!options.quiet) process.stdout.write(`\n=== ${basename(file)} ===\n${result.transcript.join('\n')}\n`);
    process.stdout.write(result.ok ? `✓ ${basename(file)}\n` : `✗ ${basename(file)}: ${result.failure}\n`);
    if (!result.ok) failed++;
  }
  process.stdout.write(`${files.length - failed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}
