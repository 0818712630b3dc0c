import { maskPersonal } from '../kernel/mask.js';
import type { ChatModel } from '../llm/chat-model.js';
import { dangerLines } from './actions.js';
import { foldText } from './fold.js';
import { OPINION_PROMPT, opinionRequest, parseVerdict, type ModelVerdict } from './opinion-prompt.js';
import type { DangerKind, DangerReading } from './recognise.js';
import type { Need } from './signals.js';
import { FAMILY } from './words.js';

/** A danger reading and who made it: the rules, or the model where the rules found nothing. */
export interface Opinion extends DangerReading {
  by: 'rules' | 'model';
}

/** Why the model's opinion was not used (never the message): for the log. */
export type OpinionFailure = 'timeout' | 'error' | 'invalid';

export interface SecondOpinionOptions {
  /** How long to wait for the model; the rules' verdict stands after that. */
  timeoutMs: number;
  onFailure?: (reason: OpinionFailure) => void;
}

/** Names to hide besides those the masker finds (the roster), as the model must never see them. */
export type SecondOpinion = (text: string, rules: DangerReading, known?: readonly string[]) => Promise<Opinion>;

// A kind the model names maps to what must be done first where one line fits the whole kind; the
// mixed kinds (a child lost or in the water, a home emergency, anything else) get a line of their own.
const NEED_OF: Partial<Record<DangerKind, Need>> = {
  'violence-now': 'beat',
  'weapon-threat': 'weapon',
  'arson-poison-threat': 'arson',
  'self-harm': 'selfHarm',
  detention: 'detain',
  'stalking-assault': 'stalk',
  'crowd-clash': 'crowd',
  'protection-order-breach': 'order',
};
const MIXED_LINES: Partial<Record<DangerKind, string>> = {
  'child-danger': '请立即拨打110报警！孩子走失、被带走不用等24小时；落水、受伤的同时拨打120，先喊人一起救。',
  'home-emergency': '请立即拨打119和110，有人受伤拨打120！先把人带到安全的地方，别回去拿东西。',
};
/** Also for a kind outside the fixed set: the safe default still names 110 first. */
const ANY_DANGER = '请立即拨打110报警！有人受伤、中毒拨打120，着火拨打119。';
const FAMILY_RX = new RegExp(FAMILY, 'u');
const TIMED_OUT = Symbol('timeout');

/**
 * The model's second opinion on danger: asked only when the rules found none, with names and
 * numbers masked (the caller decides which messages are worth it: worthASecondLook). It can only raise an alarm: a failure, a timeout, a
 * malformed reply or "not urgent" leaves the rules' verdict as it was.
 */
export function createSecondOpinion(chat: ChatModel, options: SecondOpinionOptions): SecondOpinion {
  return async (text, rules, known = []) => {
    const kept: Opinion = { ...rules, by: 'rules' };
    if (rules.urgent) return kept;
    const verdict = await ask(chat, maskPersonal(text, { known }).text, options);
    return verdict?.urgent ? raised(verdict, text) : kept;
  };
}

async function ask(chat: ChatModel, masked: string, options: SecondOpinionOptions): Promise<ModelVerdict | null> {
  const messages = [
    { role: 'system' as const, content: OPINION_PROMPT },
    { role: 'user' as const, content: opinionRequest(masked) },
  ];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), options.timeoutMs);
  });
  try {
    const reply = await Promise.race([chat.complete(messages, { json: true, timeoutMs: options.timeoutMs }), deadline]);
    if (reply === TIMED_OUT) return failed(options, 'timeout');
    return parseVerdict(reply) ?? failed(options, 'invalid');
  } catch {
    return failed(options, 'error');
  } finally {
    clearTimeout(timer);
  }
}

function failed(options: SecondOpinionOptions, reason: OpinionFailure): null {
  options.onFailure?.(reason);
  return null;
}

/** The model's alarm: weak (staff are told, a group hears nothing), with the kind it named or the safe default. */
function raised(verdict: ModelVerdict, text: string): Opinion {
  const kind = verdict.kind ?? 'other-emergency';
  return { urgent: true, kind, strength: 'weak', need: NEED_OF[kind] ?? null, domestic: FAMILY_RX.test(foldText(text)), by: 'model' };
}

/** What to say first for any opinion: the rules' lines, or the model kind's own line when no rule line fits it. */
export function opinionLines(o: Opinion): string[] {
  if (!o.urgent || !o.kind) return [];
  if (o.need) return dangerLines(o);
  return [MIXED_LINES[o.kind] ?? ANY_DANGER];
}
