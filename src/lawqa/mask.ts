import { maskPersonal } from '../kernel/mask.js';
import type { NumberKind } from '../kernel/pii-numbers.js';

/** Masks personal data before a question leaves the machine (to an LLM provider), in the question's own style. */
const LABELS = ['某甲', '某乙', '某丙', '某丁', '某戊', '某己', '某庚', '某辛'];
const NUMBER_LABELS: Record<NumberKind, string> = { id: '[身份证号]', card: '[卡号]', phone: '[电话号码]', number: '[号码]' };

/**
 * mask('张三欠我五千，电话13812345678') → '某甲欠我五千，电话[电话号码]'.
 * The same name always gets the same label within one text, wherever it occurs.
 */
export function mask(text: string): string {
  return maskPersonal(text, { person: (i) => LABELS[i] ?? '某人', number: (kind) => NUMBER_LABELS[kind] }).text;
}
