import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatModel, CompleteOptions } from '../../src/llm/chat-model.js';
import { createSecondOpinion, OPINION_PROMPT, opinionLines, recogniseDanger, worthASecondLook, type DangerKind, type OpinionFailure } from '../../src/safety/index.js';
import { parseVerdict } from '../../src/safety/opinion-prompt.js';

/** A chat model at the port: answers with `reply` (or throws, or never answers) and keeps what it was sent. */
function fakeModel(reply: string | Error | 'never') {
  const calls: { messages: readonly ChatMessage[]; options?: CompleteOptions }[] = [];
  const model: ChatModel = {
    complete(messages, options) {
      calls.push({ messages, options });
      if (reply === 'never') return new Promise(() => {});
      return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
    },
  };
  return { model, calls };
}

const CALM = '上个月他拿刀吓过我，到现在晚上都睡不着';
const opinionOf = (reply: string | Error | 'never', failures: OpinionFailure[] = []) =>
  createSecondOpinion(fakeModel(reply).model, { timeoutMs: 50, onFailure: (r) => failures.push(r) });

// Every kind the model may name, and the numbers its first line must give.
const FIRST_NUMBER: [DangerKind, RegExp][] = [
  ['violence-now', /110/],
  ['weapon-threat', /110/],
  ['arson-poison-threat', /110/],
  ['self-harm', /12356|120/],
  ['detention', /110/],
  ['child-danger', /110/],
  ['stalking-assault', /110/],
  ['crowd-clash', /110/],
  ['protection-order-breach', /110/],
  ['home-emergency', /119/],
  ['other-emergency', /110/],
];

describe('createSecondOpinion', () => {
  it('never asks the model when the rules already raised the alarm', async () => {
    const { model, calls } = fakeModel('{"urgent":false,"kind":null}');
    const rules = recogniseDanger('他拿着菜刀在门口说要砍死俺');
    const o = await createSecondOpinion(model, { timeoutMs: 50 })('他拿着菜刀在门口说要砍死俺', rules);
    expect(calls).toHaveLength(0);
    expect(o).toEqual({ ...rules, by: 'rules' });
  });

  it.each(FIRST_NUMBER)('raises %s as a weak alarm whose first line names the number to call', async (kind, number) => {
    const o = await opinionOf(JSON.stringify({ urgent: true, kind }))(CALM, recogniseDanger(CALM));
    expect(o).toMatchObject({ urgent: true, kind, strength: 'weak', by: 'model' });
    expect(opinionLines(o)[0]).toMatch(/^请立即拨打/);
    expect(opinionLines(o)[0]).toMatch(number);
  });

  it('takes a kind outside the fixed set as other-emergency, whose line names 110 first', async () => {
    const o = await opinionOf('{"urgent":true,"kind":"bear-attack"}')(CALM, recogniseDanger(CALM));
    expect(o.kind).toBe('other-emergency');
    expect(opinionLines(o)[0]).toMatch(/^请立即拨打110/);
  });

  it('adds the protection-order line when the harm is between kin', async () => {
    const text = '俺男人这几天看俺的眼神不对，刚才把门闩上了';
    const o = await opinionOf('{"urgent":true,"kind":"violence-now"}')(text, recogniseDanger(text));
    expect(opinionLines(o).join('\n')).toContain('人身安全保护令');
  });

  it.each<[string, string | Error | 'never', OpinionFailure | null]>([
    ['not urgent', '{"urgent":false,"kind":null}', null],
    ['prose', '这条很危险', 'invalid'],
    ['urgent as a string', '{"urgent":"true","kind":"self-harm"}', 'invalid'],
    ['an error', new Error('boom'), 'error'],
    ['no answer in time', 'never', 'timeout'],
  ])('leaves the rules’ verdict as it was on %s', async (_, reply, failure) => {
    const failures: OpinionFailure[] = [];
    const rules = recogniseDanger(CALM);
    expect(await opinionOf(reply, failures)(CALM, rules)).toEqual({ ...rules, by: 'rules' });
    expect(failures).toEqual(failure ? [failure] : []);
  });

  it('sends the fixed prompt and the masked message only, with a short budget', async () => {
    const { model, calls } = fakeModel('{"urgent":false}');
    // (A name the masker cannot place, 覃大勇喝醉了 at the very start, would pass: see kernel/person-names.ts.)
    const text = '邻居覃大勇喝醉了说要找蒙小花和张网格算账，电话 139-1234-5678';
    await createSecondOpinion(model, { timeoutMs: 50 })(text, recogniseDanger(text), ['张网格']);
    expect(calls[0]!.messages[0]).toEqual({ role: 'system', content: OPINION_PROMPT });
    const sent = calls[0]!.messages[1]!.content;
    for (const secret of ['覃大勇', '蒙小花', '张网格', '1234', '5678']) expect(sent).not.toContain(secret);
    expect(sent).toContain('当事人甲');
    expect(calls[0]!.options).toEqual({ json: true, timeoutMs: 50 });
  });
});

describe('parseVerdict', () => {
  it.each<[string, ReturnType<typeof parseVerdict>]>([
    ['{"urgent":true,"kind":"self-harm"}', { urgent: true, kind: 'self-harm' }],
    ['```json\n{"urgent": true, "kind": "detention"}\n```', { urgent: true, kind: 'detention' }],
    ['判断结果：{"urgent":false,"kind":null}', { urgent: false, kind: null }],
    ['{"urgent":true,"kind":"fire"}', { urgent: true, kind: null }],
    ['{"urgent":1,"kind":"self-harm"}', null],
    ['{"urgent":true', null],
    ['null', null],
    ['', null],
  ])('%s', (reply, want) => {
    expect(parseVerdict(reply)).toEqual(want);
  });
});

// Wordings written for this test, in none of the development sets.
const HARM_NAMED = [
  '我屋头那个又在发酒疯 把碗全摔了',
  '娃儿在塘边玩 现在只看到一只鞋',
  '他把我反锁在屋里 手机也收了',
  '我婆婆说活着没意思 一个人往后山走了 电话也不接',
  '我被几个人拉到小黑屋 说不交钱不放人',
  '老妈在浴室里倒下了 喊她不应',
  '小孩把洗衣液喝了',
  '那帮人说今晚要来把我家车子点了',
];
const EVERYDAY = [
  '明天上午九点村委会开会 各户派一个代表',
  '下周二镇上赶集 有要带东西的说一声',
  '低保材料已经交到镇上了 等通知',
  '恭喜老李家孙子考上大学',
  '这个月的电费怎么比上个月高这么多',
  '谁有修摩托车师傅的电话',
];

describe('worthASecondLook', () => {
  it.each(HARM_NAMED)('lets a message naming harm through: %s', (text) => expect(worthASecondLook(text)).toBe(true));
  it.each(EVERYDAY)('keeps everyday chatter from the model: %s', (text) => expect(worthASecondLook(text)).toBe(false));
});
