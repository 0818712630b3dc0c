import type { Status } from './case.js';

/**
 * The words a case's status is said with, in a weekly report, a `#纠纷` line and `#进展` alike. The
 * ledger owns them so that a township extending its report vocabulary (createReportParser) does
 * not silently change how `#进展` reads.
 */
export const STATUS_SAID: Readonly<Record<Status, readonly string[]>> = {
    pending: [
      '待化解', '未化解', '新发现', '待处理', '排查出', '未处理', '未解决', '未调解', '待调解', '尚未化解',
      '新排查', '刚发现', '待跟进', '未结案', '未和解', '调解失败', '调解未成功', '未达成', '没解决', '没化解',
      '化解失败', '调解未果', '未成功', '暂未化解', '新增', '待定', '待办', '待调处', '未调处', '未结束',
    ],
    in_progress: [
      '化解中', '正在化解', '调解中', '处理中', '跟进中', '正在处理', '正在调解', '协调中', '调处中', '进行中',
      '办理中', '跟踪中', '持续跟进', '跟进', '稳控中', '正在协调', '推进中', '在化解', '在调解', '正在', '协商中',
      '沟通中', '做工作', '正在调处',
      // 在 + verb, as said aloud: 还在跟, 还在协调, 仍在处理.
      '在跟', '在协调', '在处理', '在调处', '在沟通', '在协商', '在做工作', '在调', '在调查',
    ],
    resolved: [
      '已化解', '化解', '已调解', '调解成功', '已解决', '结案', '和解', '已结案', '解决', '已处理', '已办结',
      '办结', '化解成功', '已调处', '已平息', '平息', '达成协议', '签订协议', '签协议', '和好', '言和', '息诉',
      '已完成', '了结', '握手言和', '处理完毕', '已处置', '已赔偿', '已赔付', '赔偿到位', '已兑现', '已支付',
      '已还款', '已还清', '已归还', '已退还', '已付清', '已结清', '已撤诉', '调解结束', '处理结束', '已结束',
      // verb + 好/通/妥, as said aloud: 已经调解好了, 说通了 (没调解好 is negated like 没化解).
      '调解好', '处理好', '解决好', '调好', '说通', '谈妥', '摆平', '谈拢', '说拢', '搞定',
      '谈好', '签了协议', '签了调解协议', '已签', '讲和', '说好了', '达成一致', '处理完', '解决了', '调解完',
    ],
    escalated: [
      '已移交', '移交', '上交', '转派出所', '转法庭', '转司法所', '上报', '已上报', '转交', '移送', '已转',
      '转办', '报派出所', '交派出所', '转至', '转到', '转镇', '转综治', '转信访', '交由', '起诉', '诉至',
      '报警', '转人民法院', '转法院', '呈报', '报镇', '报上级',
    ],
};

/** Written before a status word, these turn it back into pending: 还没化解, 未结案. */
export const STATUS_NEGATORS: readonly string[] = ['未', '没', '没有', '尚未', '还未', '还没', '还没有', '不', '未能', '没能'];

/** A status that names no step but another body (交派出所处理) reads as escalated. */
export const ESCALATION_BODIES: readonly string[] = ['派出所', '法庭', '法院', '司法所', '信访办', '综治中心', '劳动监察', '上级', '镇政府', '人社'];
