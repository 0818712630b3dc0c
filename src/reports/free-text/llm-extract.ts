import { z } from 'zod';
import type { ChatModel } from '../../llm/chat-model.js';
import { REPORT_LIMITS } from '../../grammar/limits.js';
import { pseudonymise } from './pseudonym.js';
import type { DisputeDraft, ReportDraft } from '../../grammar/types.js';

/** The parser's draft as a zod schema: what the model must return, checked before anyone sees it. */
const disputeSchema = z.object({
  category: z.enum(['family', 'neighbor', 'land', 'economic', 'other']).nullable(),
  parties: z.array(z.string()).default([]),
  summary: z.string().default(''),
  status: z.enum(['pending', 'in_progress', 'resolved', 'escalated']).default('pending'),
  risks: z.array(z.enum(['homicide', 'mass_incident', 'petition', 'other'])).default([]),
  method: z.string().nullable().default(null),
});

export const reportDraftSchema = z.object({
  grid: z.string().nullable(),
  households: z.number().int().min(0).max(REPORT_LIMITS.households).nullable(),
  nil: z.boolean().default(false),
  // The rule parser's limits: a report the model reads may not hold more than one written out.
  disputes: z.array(disputeSchema).max(REPORT_LIMITS.disputes).default([]),
});

const SYSTEM_PROMPT = [
  '你把乡镇网格员用大白话写的矛盾纠纷排查周报整理成 JSON，只输出 JSON，不要解释。',
  '格式：{"grid": 网格名或null, "households": 排查户数(整数)或null, "nil": 本周无纠纷为true,',
  ' "disputes": [{"category": "family|neighbor|land|economic|other", "parties": [当事人], "summary": 简要事由,',
  ' "status": "pending|in_progress|resolved|escalated", "risks": ["homicide|mass_incident|petition|other"], "method": 化解方式或null}]}',
  'category：family=家庭婚恋(婚姻 赡养 抚养 彩礼 家暴)，neighbor=邻里，land=山林土地水事(宅基地 承包地 地界 用水)，economic=经济(借贷 欠款 劳资)，other=其他。',
  'status：pending=待化解，in_progress=化解中，resolved=已化解，escalated=已移交(派出所 法庭 司法所)。',
  'risks：homicide=命案风险(扬言杀人 持刀)，mass_incident=群体性事件(聚集 围堵)，petition=扬言上访，other=其他(扬言自杀等)；没有就写[]。',
  '文中没写的不要编：户数没写就是null，网格没写就是null。〔人1〕〔电话1〕这样的占位符原样照抄，不要改写。',
].join('\n');

function restoreDispute(d: z.infer<typeof disputeSchema>, restore: (s: string) => string): DisputeDraft {
  return {
    category: d.category,
    parties: d.parties
      .map(restore)
      .map((p) => p.trim())
      .filter(Boolean),
    summary: restore(d.summary).trim(),
    status: d.status,
    risks: [...new Set(d.risks)],
    method: d.method ? restore(d.method).trim() || null : null,
  };
}

/** Reads the first JSON object in the model's answer (some providers wrap it in ``` fences). */
function jsonOf(answer: string): unknown {
  const start = answer.indexOf('{');
  const end = answer.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    return JSON.parse(answer.slice(start, end + 1));
  } catch {
    return null;
  }
}

export type Extraction = { ok: true; draft: ReportDraft } | { ok: false; reason: 'model' | 'invalid' };

/**
 * Asks the model to read a free-text report. Names and phone numbers are replaced before sending
 * (`known` adds names the caller knows) and restored in the draft. Never throws.
 */
export async function extractReport(model: ChatModel, text: string, known: readonly string[]): Promise<Extraction> {
  const masked = pseudonymise(text, known);
  let answer: string;
  try {
    answer = await model.complete(
      [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: masked.text },
      ],
      { json: true },
    );
  } catch {
    return { ok: false, reason: 'model' };
  }
  const parsed = reportDraftSchema.safeParse(jsonOf(answer));
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const v = parsed.data;
  const grid = v.grid ? masked.restore(v.grid).trim() || null : null;
  const disputes = v.disputes.map((d) => restoreDispute(d, masked.restore));
  return { ok: true, draft: { grid, households: v.households, nil: v.nil && disputes.length === 0, disputes } };
}

/** What a saved report needs; the same rules the parser applies, said the same way. */
export function draftProblems(d: ReportDraft): string[] {
  const out: string[] = [];
  if (!d.grid) out.push('没看出是哪个网格');
  if (d.households === null) out.push('没看出排查了多少户');
  if (!d.nil && d.disputes.length === 0) out.push('没看出有没有纠纷');
  d.disputes.forEach((x, i) => {
    if (!x.category) out.push(`第${i + 1}件纠纷没看出类型`);
    if (!x.summary) out.push(`第${i + 1}件纠纷没看出事由`);
  });
  return out;
}
