import { maskPersonal, type Masked } from '../../kernel/mask.js';

export type { Masked };

/**
 * Reversible masking for a free-text report sent to a model: names become 〔人1〕, numbers 〔电话1〕,
 * and are put back in what the model returns. `known` adds names the caller already knows (roster
 * members, parties the rule parser read).
 * pseudonymise('张三和李四吵架，电话13812345678', []).text === '〔人1〕和〔人2〕吵架，电话〔电话1〕'
 */
export function pseudonymise(text: string, known: readonly string[] = []): Masked {
  return maskPersonal(text, { known, person: (i) => `〔人${i + 1}〕`, number: (_kind, n) => `〔电话${n}〕` });
}
