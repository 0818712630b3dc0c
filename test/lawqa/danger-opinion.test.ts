import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/tools/replay/harness.js';
import { OPINION_PROMPT, recogniseDanger } from '../../src/safety/index.js';
import { hang, reply, startFakeOpenAI, status, systemIs, type FakeOpenAI, type Step } from '../support/fake-openai.js';
import { ADMIN_ROOM, allDisputes, GRID_ROOM, lawqaHarness, qaRowsOf, textsTo } from './chat-support.js';

// The model's second opinion on danger, through the real app (createApp on the mock puppet) and the
// real OpenAI SDK against a fake OpenAI-compatible server. Every message below is calm by the rules
// (checked first): only the model can make it an alarm.
const PAST_THREAT = '上个月他拿刀吓过我，到现在晚上都睡不着，该怎么办';
const IN_GROUP = '上个月他拿刀吓过我，今天我看见他在村口转';
const WITH_NAMES = '罗大明又喝多了，到处说要找吴二嫂算账，他电话13912345678';
const CHATTER = '明天上午村委会开会，各户来一个人';
const KNIFE_NOW = '他拿着菜刀在门口说要砍死俺';
const TIMEOUT_MS = 1_000;

const isOpinion = systemIs(OPINION_PROMPT);
const urgent = (kind: string | null) => reply({ urgent: true, kind });
const calm = reply({ urgent: false, kind: null });
const FAILURES: [string, Step][] = [
  ['prose instead of JSON', reply('这条消息看起来很危险，建议报警')],
  ['"true" as a string', reply({ urgent: 'true', kind: 'weapon-threat' })],
  ['no urgent field', reply({ kind: 'weapon-threat' })],
  ['a JSON array', reply('[true, "weapon-threat"]')],
  ['server errors', status(500)],
  ['a server slower than the timeout', hang()],
];

describe('the danger second opinion of a configured chat model', () => {
  let fake: FakeOpenAI;
  let h: Harness & { closeAll(): Promise<void> };
  let asker = 0;
  // A fresh resident per test keeps every test clear of the hourly limit and of earlier answers.
  const nextAsker = () => ['李大姐', '杨大爷', '吴二嫂', '刘三哥', '周大妈', '孙老汉', '钱婶', '郑叔', '冯姐'][asker++ % 9]!;
  const opinions = () => fake.requests.filter((r) => isOpinion(r.body));
  const sentToModel = () => JSON.stringify(opinions().map((r) => r.body));

  beforeAll(async () => {
    for (const calmText of [PAST_THREAT, IN_GROUP, WITH_NAMES, CHATTER]) expect(recogniseDanger(calmText).urgent, calmText).toBe(false);
    fake = await startFakeOpenAI();
    h = await lawqaHarness({ env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', LLM_TIMEOUT_MS: String(TIMEOUT_MS) } });
  }, 60_000);
  afterAll(async () => {
    await h.closeAll();
    await fake.close();
  });
  // Unscripted answer requests get a 500: the calm answer then comes from retrieval.
  beforeEach(() => fake.reset());

  it('raises an alarm on a private question the rules found calm: the number first, the centre alerted, the alarm counted', async () => {
    fake.answerWhen(isOpinion, urgent('weapon-threat'));
    const who = nextAsker();
    const sent = await h.say(who, PAST_THREAT);
    expect(textsTo(sent, who)[0]).toMatch(/^请立即拨打110/);
    expect(textsTo(sent, who)[0]).not.toContain('需要调解');
    const alert = textsTo(sent, ADMIN_ROOM)[0]!;
    expect(alert).toContain('紧急求助');
    expect(alert).toContain('大模型判断');
    expect(alert).not.toContain('拿刀');
    expect(textsTo(sent, '张网格')[0]).toContain(`原话：${PAST_THREAT}`);
    // The danger answer is the rules' retrieval answer, never the model's (a calm one prepared beside the opinion is dropped).
    expect((await qaRowsOf(h, who)).at(-1)).toMatchObject({ urgent: true, mode: 'retrieval' });
  });

  it('answers a kind outside the fixed set with the safe default, which names 110 first', async () => {
    fake.answerWhen(isOpinion, urgent('bear-attack'));
    const who = nextAsker();
    expect(textsTo(await h.say(who, PAST_THREAT), who)[0]).toMatch(/^请立即拨打110/);
  });

  it('is never asked when the rules already raised the alarm, so "not urgent" cannot lower it', async () => {
    fake.answerWhen(isOpinion, calm);
    const who = nextAsker();
    const sent = await h.say(who, KNIFE_NOW);
    expect(textsTo(sent, who)[0]).toMatch(/^请立即拨打110/);
    expect(textsTo(sent, ADMIN_ROOM)[0]).toContain('紧急求助');
    expect(textsTo(sent, ADMIN_ROOM)[0]).not.toContain('大模型');
    const inGroup = await h.say('李大姐', '他拎着柴刀在院坝里喊要砍死我', { room: GRID_ROOM });
    expect(textsTo(inGroup, GRID_ROOM)[0]).toContain('请立即拨打110');
    expect(opinions()).toHaveLength(0);
  });

  it('changes nothing when it says "not urgent"', async () => {
    fake.answerWhen(isOpinion, calm);
    const who = nextAsker();
    const sent = await h.say(who, PAST_THREAT);
    expect(opinions()).toHaveLength(1);
    expect(textsTo(sent, who)[0]).not.toMatch(/^请立即拨打/);
    expect(textsTo(sent, ADMIN_ROOM)).toEqual([]);
    expect((await qaRowsOf(h, who)).at(-1)).toMatchObject({ urgent: false });
  });

  // A server that never answers is given up at the timeout: were it not, this test would never end.
  it.each(FAILURES)('changes nothing on %s, and answers all the same', async (_, step) => {
    fake.answerWhen(isOpinion, step);
    const who = nextAsker();
    const sent = await h.say(who, PAST_THREAT);
    expect(opinions().length).toBeGreaterThan(0);
    expect(textsTo(sent, who)[0]).not.toMatch(/^请立即拨打/);
    expect(textsTo(sent, ADMIN_ROOM)).toEqual([]);
    expect((await qaRowsOf(h, who)).at(-1)).toMatchObject({ urgent: false });
  });

  it('sends the model no names and no phone numbers, the roster’s included', async () => {
    fake.answerWhen(isOpinion, calm);
    await h.say(nextAsker(), WITH_NAMES);
    await h.say('杨大爷', WITH_NAMES, { room: GRID_ROOM });
    expect(opinions()).toHaveLength(2);
    const sent = sentToModel();
    for (const secret of ['罗大明', '吴二嫂', '杨大爷', '13912345678', GRID_ROOM]) expect(sent).not.toContain(secret);
    expect(sent).toContain('当事人甲');
    expect(sent).toContain('〔已隐去〕');
  });

  it('in a group without @: tells the worker and the centre, says nothing in the group, and counts the alarm', async () => {
    fake.answerWhen(isOpinion, urgent('stalking-assault'));
    const before = textsTo(await h.say('王书记', '#问答 统计', { room: ADMIN_ROOM }), ADMIN_ROOM)[0]!;
    const sent = await h.say('吴二嫂', IN_GROUP, { room: GRID_ROOM });
    expect(textsTo(sent, GRID_ROOM)).toEqual([]);
    expect(textsTo(sent, '张网格')[0]).toContain(`原话：${IN_GROUP}`);
    expect(textsTo(sent, '王书记')[0]).toContain('群里没有回复');
    expect(textsTo(sent, ADMIN_ROOM)[0]).toContain('大模型判断');
    const after = textsTo(await h.say('王书记', '#问答 统计', { room: ADMIN_ROOM }), ADMIN_ROOM)[0]!;
    const alarms = (s: string) => Number(/紧急求助 (\d+) 次/u.exec(s)?.[1] ?? 0);
    expect(alarms(after)).toBe(alarms(before) + 1);
  });

  it('never puts group chatter that names no harm to the model', async () => {
    fake.answerWhen(isOpinion, urgent('violence-now'));
    expect(await h.say('吴二嫂', CHATTER, { room: GRID_ROOM })).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it('answers a 需要调解 the model judges dangerous as danger, never as a case to mediate', async () => {
    fake.answerWhen(isOpinion, urgent('weapon-threat'));
    const who = nextAsker();
    const cases = (await allDisputes(h)).length;
    const sent = await h.say(who, `需要调解，${PAST_THREAT}`);
    expect(textsTo(sent, who)[0]).toMatch(/^请立即拨打110/);
    expect(textsTo(sent, ADMIN_ROOM)[0]).toContain('紧急求助');
    expect(await allDisputes(h)).toHaveLength(cases);
  });

  it('reads a ledger note naming some harm again and alerts the centre when the model finds danger', async () => {
    fake.answerWhen(isOpinion, urgent('arson-poison-threat'));
    const code = /SS-\d{4}-\d{4}/u.exec(textsTo(await h.say('张网格', '#纠纷 类型:邻里 当事人:孙某、钱某 事由:宅基地边界争执'), '张网格')[0]!)![0];
    const note = `#进展 ${code} 化解中 上个月钱某扬言要烧房子，这两天又在村里放话`;
    expect(recogniseDanger(note).urgent).toBe(false);
    const sent = await h.say('张网格', note);
    expect(textsTo(sent, ADMIN_ROOM)[0]).toContain('台账记录');
    expect(textsTo(sent, ADMIN_ROOM)[0]).toContain('大模型判断');
    expect(sentToModel()).not.toContain('钱某');
  });
});
