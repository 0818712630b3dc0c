import { describe, expect, it } from 'vitest';
import { feedbackOf, isCommandLike, mediationRequest } from '../../src/lawqa/chat-words.js';
import { disputeCategory, summaryOf } from '../../src/lawqa/mediate.js';

describe('feedbackOf', () => {
  it.each([
    ['有用', true],
    ['有用！', true],
    ['  有帮助 。', true],
    ['有用，谢谢', true],
    ['👍有用', true],
    ['没用', false],
    ['没啥用', false],
    ['不管用!!', false],
    ['药吃了没用咋办', null],
    ['有用的法条吗', null],
    ['', null],
  ])('%j → %j', (text, want) => expect(feedbackOf(text)).toBe(want));
});

describe('mediationRequest', () => {
  it.each([
    ['需要调解', { details: '' }],
    ['需要调解！', { details: '' }],
    ['需要调解，邻居家的水沟淹了我家田', { details: '邻居家的水沟淹了我家田' }],
    ['申请调解：包工头欠工钱', { details: '包工头欠工钱' }],
    ['需要调解吗', null],
    ['要调解费吗', null],
    ['调解不成能起诉吗', null],
  ])('%j → %j', (text, want) => expect(mediationRequest(text)).toEqual(want));
});

describe('the mediation case', () => {
  it('takes the ledger category from the Q&A category word', () => {
    expect(['家庭婚恋', '邻里', '山林土地水事', '经济', '其他', undefined].map(disputeCategory)).toEqual(['family', 'neighbor', 'land', 'economic', 'other', 'other']);
  });

  it('summarises without the @bot, on one line, cut near a sentence end', () => {
    expect(summaryOf('@网格助手\u2005邻居占了俺家的地\n咋办')).toBe('邻居占了俺家的地 咋办');
    const long = `${'邻居家的排水沟堵了。'.repeat(20)}`;
    expect(summaryOf(long).length).toBeLessThanOrEqual(120);
    expect(summaryOf(long).endsWith('。')).toBe(true);
  });
});

it('treats any #command as not a question', () => {
  expect([isCommandLike('#乱写'), isCommandLike(' ＃帮助'), isCommandLike('离婚怎么办')]).toEqual([true, true, false]);
});
