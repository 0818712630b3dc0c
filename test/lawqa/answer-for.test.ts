import { describe, expect, it } from 'vitest';
import { MEDIATION_OFFER } from '../../src/lawqa/answer.js';
import { answerFor } from '../../src/lawqa/handle.js';

const answer = `邻居堵了排水沟，可以先找村调解委员会。\n依据《中华人民共和国民法典》第二百九十条\n${MEDIATION_OFFER}`;

describe('the mediation offer', () => {
  it.each(['resident', 'household_head'] as const)('is kept for a %s', (role) => expect(answerFor(role, answer)).toContain(MEDIATION_OFFER));

  it.each(['worker', 'chief', 'mediator', 'admin'] as const)('is left off for a %s, who registers cases with #纠纷', (role) => {
    const text = answerFor(role, answer);
    expect(text).not.toContain('需要调解');
    expect(text).toContain('第二百九十条');
  });
});
