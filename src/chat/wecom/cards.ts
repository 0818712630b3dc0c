import { randomUUID } from 'node:crypto';
import type { TemplateCard } from '@wecom/aibot-node-sdk';
import type { Button, InboundMessage } from '../port.js';
import { saidBy } from './inbound.js';

/** A button's key carries the words it stands for, so a tap reads as those words typed. */
const KEY_PREFIX = 'say:';
const TITLE = '网格助手';

/** A button-interaction card: the text under the title, one button, a task id WeCom needs unique. */
export function buttonCard(text: string, button: Button): TemplateCard {
  return {
    card_type: 'button_interaction',
    main_title: { title: TITLE },
    sub_title_text: text,
    button_list: [{ text: button.text, style: 1, key: `${KEY_PREFIX}${encodeURIComponent(button.text)}` }],
    task_id: `gb${randomUUID().replace(/-/g, '')}`,
  };
}

/** The same card once tapped: the button says it was pressed (WeCom replaces it for that person). */
export function tappedCard(card: TemplateCard, words: string): TemplateCard {
  return { ...card, button_list: [{ text: `${words} ✓`, style: 2, key: card.button_list?.[0]?.key ?? `${KEY_PREFIX}done` }] };
}

/** The body of a template_card_event callback, as far as the bot reads it. */
export interface TapBody {
  msgid?: string;
  chattype?: 'single' | 'group';
  chatid?: string;
  from?: { userid?: string };
  create_time?: number;
  event?: { event_key?: string; task_id?: string };
}

/** The words a tapped button stands for; null for a key this bot did not make. */
export function tapWords(key: string | undefined): string | null {
  if (!key?.startsWith(KEY_PREFIX)) return null;
  try {
    return decodeURIComponent(key.slice(KEY_PREFIX.length)) || null;
  } catch {
    return null;
  }
}

/** A tap as a message from that person: in private, or in the group the card was in. */
export function tapInbound(body: TapBody, now: Date): InboundMessage | null {
  const words = tapWords(body.event?.event_key);
  return words ? saidBy(body, words, now) : null;
}
