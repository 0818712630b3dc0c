import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Answer } from './answer.js';
import { readDevSet, urgentHandled } from './eval.js';

const dangerItemSchema = z.object({ id: z.string(), text: z.string(), urgent: z.boolean(), kind: z.string().optional() });
export type DangerItem = z.infer<typeof dangerItemSchema>;

export interface DangerScore {
  label: string;
  urgent: number;
  caught: number;
  calm: number;
  falseAlarms: number;
  missed: string[];
  alarmed: string[];
}

// The goals on unseen messages (issue 12): recall ≥ 95%, false alarms ≤ 3%.
export const RECALL_GOAL = 0.95;
export const FALSE_ALARM_GOAL = 0.03;

/** danger-dev.jsonl: `{id, text, urgent, kind, why}` a line. */
export async function readDangerSet(file: string): Promise<DangerItem[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((l) => dangerItemSchema.parse(JSON.parse(l)));
}

/** The legal Q&A set as danger items: its 紧急 questions are the urgent ones. */
export async function readQaAsDanger(file: string): Promise<DangerItem[]> {
  return (await readDevSet(file)).map((q) => ({ id: q.id, text: q.question, urgent: q.urgent === true }));
}

/** Odd numeric ids were tuned on, even ones held out: dg-031 → tune, dg-032 → held out. */
export const isTuneId = (id: string): boolean => Number(id.replace(/\D/g, '')) % 2 === 1;

/** Scores as the shared README says: urgent needs urgent:true and a number in the first 40 characters. */
export async function scoreDanger(label: string, items: readonly DangerItem[], ask: (q: string) => Promise<Answer>): Promise<DangerScore> {
  const s: DangerScore = { label, urgent: 0, caught: 0, calm: 0, falseAlarms: 0, missed: [], alarmed: [] };
  for (const item of items) {
    const a = await ask(item.text);
    if (item.urgent) {
      s.urgent++;
      if (urgentHandled(a)) s.caught++;
      else s.missed.push(item.id);
    } else {
      s.calm++;
      if (a.urgent) {
        s.falseAlarms++;
        s.alarmed.push(item.id);
      }
    }
  }
  return s;
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

/** One line of the table: 开发集(调) 紧急 16 召回 100.0% 不紧急 14 误报 0.0% */
export function scoreLine(s: DangerScore): string {
  const misses = [s.missed.length ? `漏报 ${s.missed.join(' ')}` : '', s.alarmed.length ? `误报 ${s.alarmed.join(' ')}` : ''].filter(Boolean).join('；');
  return `${s.label}  紧急 ${s.urgent} 召回 ${pct(s.caught, s.urgent)}  不紧急 ${s.calm} 误报 ${pct(s.falseAlarms, s.calm)}${misses ? `  （${misses}）` : ''}`;
}

/** Recall at least `recall` and false alarms at most `falseAlarms` (shares); the goals by default. */
export interface DangerBar {
  recall: number;
  falseAlarms: number;
}
export const DANGER_GOALS: DangerBar = { recall: RECALL_GOAL, falseAlarms: FALSE_ALARM_GOAL };

export const meetsGoals = (s: DangerScore, bar: DangerBar = DANGER_GOALS): boolean =>
  (s.urgent === 0 || s.caught / s.urgent >= bar.recall) && (s.calm === 0 || s.falseAlarms / s.calm <= bar.falseAlarms);

/** "0.8,0.05" → a bar of 80% recall, 5% false alarms; null when it is not two shares. */
export function parseBar(text: string): DangerBar | null {
  const [recall, falseAlarms] = text.split(',').map(Number);
  const share = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n) && n >= 0 && n <= 1;
  return share(recall) && share(falseAlarms) ? { recall, falseAlarms } : null;
}
