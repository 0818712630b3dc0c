import type { Category, Risk, Satisfaction, Status } from './types.js';
import { STATUS_SAID } from './words.js';

/** How the ledger names things in chat and in the exported sheet. */
export const CATEGORY_LABELS: Record<Category, string> = {
  family: '家庭婚恋',
  neighbor: '邻里',
  land: '山林土地水事',
  economic: '经济',
  other: '其他',
};

export const STATUS_LABELS: Record<Status, string> = {
  pending: '待化解',
  in_progress: '化解中',
  resolved: '已化解',
  escalated: '已移交',
};

export const RISK_LABELS: Record<Risk, string> = {
  homicide: '命案风险',
  mass_incident: '群体性事件',
  petition: '扬言上访',
  other: '其他风险',
};

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];
export const STATUSES = Object.keys(STATUS_LABELS) as Status[];

/**
 * Status words for `#进展`: the ledger's status words, plus words that only make sense on a case
 * already closed.
 */
export const STATUS_WORDS: Record<Status, readonly string[]> = {
  ...STATUS_SAID,
  in_progress: [...STATUS_SAID.in_progress, '重新打开', '重开', '重启', '重新化解', '再次化解', '反复'],
};

/**
 * Words before a status in `#进展` that do not change it: 已经化解, 双方签了协议, 目前还在调. They are
 * skipped only when a status word follows, so a note that merely opens with 双方 stays a note.
 */
export const STATUS_LEAD_INS = [
  '已经',
  '已',
  '现在',
  '目前',
  '当前',
  '今天',
  '今日',
  '昨天',
  '刚刚',
  '刚',
  '都',
  '均',
  '也',
  '还',
  '仍',
  '仍然',
  '依然',
  '基本上',
  '基本',
  '终于',
  '总算',
  '双方',
  '两家',
  '两边',
  '当事人',
  '当事双方',
  '纠纷',
];

/** Handing a case to another body, as in 交司法所, 移送派出所, 报镇综治中心: the verbs before the body. */
export const HANDING_VERBS = ['交', '转', '移交', '移送', '送', '报', '交给', '转给', '转交', '交到', '转到', '送到', '上报', '报给', '报到', '交由'];

export const SATISFACTION_WORDS: Record<Satisfaction, readonly string[]> = {
  // Degree + 满意 (很满意, 不太满意 …) comes from SATISFACTION_DEGREES below.
  满意: ['满意'],
  基本满意: ['基本满意', '还行', '一般', '尚可', '还可以', '过得去'],
  不满意: [],
};

/** Degree words before 满意 and the answer they make: 挺满意, 还算满意, 不太满意. */
export const SATISFACTION_DEGREES: Record<Satisfaction, readonly string[]> = {
  满意: ['挺', '很', '蛮', '非常', '十分', '特别', '相当', '比较', '都', '都很', '也'],
  基本满意: ['基本上', '还算', '还', '大体', '大致', '总体', '总体上', '还比较'],
  不满意: ['不', '不太', '不大', '不怎么', '不是很', '不是太', '很不', '非常不', '十分不', '有点不', '有些不', '都不'],
};

/** A key before the answer (满意度：满意) and who gave it (群众满意, 双方都表示满意): stepped over. */
export const SATISFACTION_KEYS = ['满意度', '满意程度', '回访结果', '回访情况', '结果', '评价'];
export const SATISFACTION_LEAD_INS = [
  '群众',
  '双方',
  '当事人',
  '当事双方',
  '两家',
  '两边',
  '对方',
  '家属',
  '本人',
  '申请人',
  '都',
  '均',
  '表示',
  '对结果',
  '对调解结果',
  '对处理结果',
  '感到',
  '觉得',
  '说',
];

/** Words that make an assignee text a department rather than a person: 司法所, 派出所, 镇信访办 … */
export const DEPARTMENT_ENDINGS = ['所', '局', '站', '办', '庭', '院', '会', '中心', '队', '部', '委', '科', '室', '组织', '法庭'];

/** Keys inside `#进展`: 方式:人民调解, 备注:…; values run to the next key. */
export const PROGRESS_KEYS = { method: ['方式', '化解方式', '调解方式', '处理方式'], note: ['备注', '说明', '情况'] };

/** Days an assignment has when `#交办` names no deadline. */
export const DEFAULT_ASSIGN_DAYS = 7;
