import type { Status } from './types.js';

/**
 * How far a dispute has come, said in a story beside the keyed status words (不吵了, 报给镇上了, 派出所
 * 介入了): data beside the story's matter words (story-vocabulary.ts), read by spoken/category-matchers.ts.
 */
export interface StoryStepVocabulary {
  /** Status steps said in a story beside the keyed ones: 不吵了, 双方都同意了, 报给镇上了, 报警了. */
  storyStatuses: Record<Status, string[]>;
  /**
   * Handing a case on, said with any body the keyed tables know (交给司法所, 转给派出所, 派出所介入):
   * each verb with each escalation body is an escalated step, the last said like any other.
   */
  handoverVerbs: string[];
  /** Bodies a story hands a case to beside the keyed escalation bodies: 镇里, 民警. */
  handoverBodies: string[];
  /** After a body, the words that say it took the case: 派出所介入了, 司法所来人了. */
  takenOverBy: string[];
  /**
   * A first visit planned (明天去现场看): under way when nothing else is said, but only a plan after
   * the case was said untouched (还没处理，下周去现场看 stays pending). 再去 (a visit again) is a step.
   */
  visitPlans: string[];
}

// 在帮他们联系, 在替她催: a worker acting for a party against the other side (在帮人家搞装修 is the story).
// 接着调, 继续做工作: the worker goes on with the mediation, a round still under way.
const GOING_ON = ['接着', '继续'].flatMap((h) => ['调', '做', '协调', '劝', '谈', '跟进', '处理', '沟通'].map((v) => h + v));

const ON_THEIR_BEHALF = ['在帮他们', '在帮他', '在帮她', '在帮忙', '在帮着', '在替他们', '在替他', '在替她', '帮忙', '帮着'].flatMap((h) =>
  ['联系', '催', '追', '讨', '要钱', '要工钱', '对接', '找老板'].map((v) => h + v),
);

export const storyStepVocabulary: StoryStepVocabulary = {
  storyStatuses: {
    // Mediation that got nowhere: 调解无果, 谈崩了, 没调下来.
    pending: [
      '调解无果', '协调无果', '无果', '谈崩了', '调不下来', '没调下来', '没谈成',
      // Untouched, as said aloud (未处理 in speech): 还没处理, 没来得及去.
      '没处理', '没来得及',
    ],
    // 还在做两口子的工作: the mediation word with whose mind it works on inside (他的工作 alone is a job).
    in_progress: [
      '做思想工作', '思想工作', '的思想工作', '双方的工作', '两边的工作', '两家的工作', '两口子的工作', '的调解工作',
      // Still talking it over: 两家还在商量赔多少, 还在谈, 村里在劝.
      '在商量', '商量中', '还在谈', '在谈判', '在劝', '在说和', '在磋商',
      // 正 + verb as typed fast (正协调), and another round planned (下周再去调, 继续做工作).
      '正协调', '正调解', '正处理', '正沟通', '正协商', '正做工作', '再去调', '再调', ...GOING_ON,
      // The next visit said: 我们还要去.
      '还要去', '还得去',
      // Calmed for now, not settled: 已经稳住了.
      '稳住了', '稳住',
      // The worker's next visit said: 我明天再去, 过两天再去看, 下周再.
      // Still at it, said as speech: 还在扯.
      '在扯', '还在扯',
      '再去', '明天再', '过几天再', '过两天再', '下周再', '下礼拜再',
      // In the words of a form: 目前处于调解阶段, 矛盾已经缓和.
      '调解阶段', '处于调解', '调解过程中', '缓和', '有所缓和',
      // Chasing the other side for them, not settled yet: 还在帮他们联系老板, 正帮忙催工钱, 追讨中.
      ...ON_THEIR_BEHALF,
      '在联系', '联系中', '在催', '催要中', '在追讨', '追讨中', '在讨要', '讨要中', '在对接',
    ],
    resolved: [
      '不吵了', '不闹了', '都认可了', '都同意了', '了结了', '就了了', '签了字', '签字了', '道了歉', '赔礼道歉',
      // One side owns up or lets it go: 两个都认了错, 他赔了不是, 想通了, 不计较了.
      '认了错', '认错了', '赔了不是', '赔不是', '握了手', '握手了', '想通了', '不计较了', '不追究了', '没意见了',
      '说开了', '讲开了', '说清楚了', '讲清楚了', '做通', '工作做通', '当场就好了', '就好了', '没事了', '就和好了',
      // What was owed is paid or given back: 赔了三百, 牛也还了, 彩礼退回来了.
      '赔了', '也还了', '都还了', '钱还了', '还清了', '还给他了', '还回来了', '退回来了', '退给了', '钱也给了', '给了钱',
      // Paid for the harm, said as the form says it: 已赔, 已赔偿.
      '已赔', '已赔偿', '赔偿了',
      // An arrangement settled: 轮流照顾已经排好了, 商量好了, 说定了.
      '排好了', '安排好了', '商量好了', '讲好了', '说定了', '定下来了', '讲定了',
      // Agreed, 已 said instead of 了: 已经说好晚上十点前关, 都讲好.
      '已经说好', '已说好', '都说好', '已经讲好', '已讲好', '都讲好',
      // Written down on the spot: 当场写了字据, 立了字据, 按了手印.
      '写了字据', '立了字据', '写了协议', '写了保证', '立了协议', '按了手印',
      // On speaking terms again: 两家又说话了, 又来往了.
      '又说话了', '又说上话了', '又来往了', '又走动了', '恢复来往', '重归于好', '和好如初', '有说有笑',
      // Both give way or let it go by: 各让一步, 双方没意见, 事情就算过去了.
      '各让一步', '各退一步', '没意见', '都认可', '就算过去了', '就过去了', '事情过去了',
      // Talked round: 已经劝好了, 劝通了, 哄好了.
      '劝好', '劝通', '劝和了', '劝住了', '劝回来了', '哄好了', '安抚好了', '弄好了', '搞好了', '谈通了',
      // Agreed to a way out: 两家最后同意平分, 对方答应了.
      '同意了', '最后同意', '同意平分', '答应了', '都答应',
      // Settled in the words of a form or of speech: 问题已妥善处理, 现在好了.
      '妥善处理', '妥善解决', '妥善化解', '处理妥当', '现在好了', '已经好了', '都好了',
      // Talked into peace, in the word for a go-between: 已说和, 给他们说和了.
      '已说和', '说和了', '说和好了', '调和好了',
      // The other side owns up (赵某认了, 认账了), the quarrel is over (当天就没事了, 现在没矛盾了), a visit after.
      // Settled face to face (当面讲好一家住半年), or both gave way (都让了一步).
      '当面讲好', '当面说好', '当场讲好', '当场说好', '让了一步', '让一步', '退了一步', '都让了',
      // The remedy already done: 已经搬了, 重新接好了, 修好了.
      '已经搬了', '搬走了', '已经拆了', '拆掉了', '已经改了', '改好了', '修好了', '接好了', '已经赔了',
      '认了', '认账了', '没矛盾了', '没纠纷了', '没问题了', '去回访', '再去回访', '回访了',
    ],
    escalated: ['报给', '报到', '报警了', '报了警', '报了110', '打了110'],
  },
  // 交 and 转 alone only before a body: 已交镇劳动保障所, 转县人社局; 请镇林业站来勘界, 申请劳动仲裁.
  handoverVerbs: ['请', '申请', '找', '找了', '请了', '交给', '交到', '转给', '转交给', '移交给', '送到', '送交', '推给', '报给', '报到', '报了', '交', '转', '转交', '移交'],
  handoverBodies: [
    '镇里', '镇上', '乡里', '县里', '民警', '警察', '劳动所', '劳保所', '调解委员会', '调委会', '国土所', '林业站',
    // The offices a case goes to, as workers name them: 劳动保障所, 人社局, 交警队, 矛调中心.
    '劳动保障所', '劳动保障站', '劳保站', '人社所', '人社局', '人社站', '交警队', '交警', '公安局', '公安', '矛调中心',
    '调解中心', '法律援助中心', '仲裁委', '自然资源所', '林业局', '水务站',
    '劳动仲裁', '仲裁', '妇联', '镇妇联', '民政所', '民政办', '卫生院', '卫健局', '市场监管所', '市场监管局', '城管',
  ],
  takenOverBy: [
    '介入', '接手', '来处理', '出警', '立案', '来人处理', '在处理', '在调解', '在调处', '处理', '调处',
    // The town sent its people: 镇里已派工作组.
    '派工作组', '派了工作组', '派人', '派了人', '来人',
    // The body came to do its work: 林业站已经来勘界了, 国土所来调查.
    '来勘界', '来勘察', '来测量', '来调查', '来查看', '来现场', '来看了', '来了',
  ],
  visitPlans: ['去现场看', '到现场看', '现场查看', '明天去'],
};
