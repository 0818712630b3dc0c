import { defaultVocabulary } from '../reports/vocabulary.js';
import type { Category, Risk, Satisfaction, Status } from './types.js';

/** How the ledger names things in chat and in the exported sheet. */
export const CATEGORY_LABELS: Record<Category, string> = {
  family: '家庭婚恋', neighbor: '邻里', land: '山林土地水事', economic: '经济', other: '其他',
};

export const STATUS_LABELS: Record<Status, string> = {
  pending: '待化解', in_progress: '化解中', resolved: '已化解', escalated: '已移交',
};

export const RISK_LABELS: Record<Risk, string> = {
  homicide: '命案风险', mass_incident: '群体性事件', petition: '扬言上访', other: '其他风险',
};

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];
export const STATUSES = Object.keys(STATUS_LABELS) as Status[];

/**
 * Status words for `#进展`: the report parser's table (one vocabulary for the township), plus words
 * that only make sense on a case already closed.
 */
export const STATUS_WORDS: Record<Status, readonly string[]> = {
  ...defaultVocabulary.statuses,
  in_progress: [...defaultVocabulary.statuses.in_progress, '重新打开', '重开', '重启', '重新化解', '再次化解', '反复'],
};

export const SATISFACTION_WORDS: Record<Satisfaction, readonly string[]> = {
  满意: ['满意', '非常满意', '很满意', '比较满意'],
  基本满意: ['基本满意', '还行', '一般', '尚可'],
  不满意: ['不满意', '不太满意', '很不满意', '非常不满意'],
};

/** Words that make an assignee text a department rather than a person: 司法所, 派出所, 镇信访办 … */
export const DEPARTMENT_ENDINGS = ['所', '局', '站', '办', '庭', '院', '会', '中心', '队', '部', '委', '科', '室', '组织', '法庭'];

/** Keys inside `#进展`: 方式:人民调解, 备注:…; values run to the next key. */
export const PROGRESS_KEYS = { method: ['方式', '化解方式', '调解方式', '处理方式'], note: ['备注', '说明', '情况'] };

/** Days an assignment has when `#交办` names no deadline. */
export const DEFAULT_ASSIGN_DAYS = 7;
