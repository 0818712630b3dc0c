import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { parsedJson, rowFromJson, queryRows } from '../db/raw.js';
import { disputes, reports } from '../db/schema.js';
import type { Calendar } from '../kernel/calendar.js';
import { codeSql } from '../ledger/codes.js';
import type { RecordReportInput } from './repo.js';
import type { GridRef } from '../roster/index.js';
import type { Dispute, Report } from '../ledger/types.js';
import { CREATE_NOTES, fieldsOf } from '../ledger/write.js';

/**
 * The fast path of recordReport (repo.ts), for the usual weekly report, the first of its grid and
 * week, written in one statement: the report,
 * the year's code counter, its cases and their 'create' events. A single statement is atomic on
 * its own and costs one round trip instead of seven on a server.
 * Null, having written nothing, when the grid's week has a report already or this inbound message
 * made one: corrections and repeats take the transactional path.
 */
export async function insertFirstReport(
  db: Db,
  place: GridRef,
  input: RecordReportInput,
  codes: { prefix: string; cal: Calendar },
): Promise<{ report: Report; disputes: Dispute[] } | null> {
  const year = codes.cal.local(input.at).year;
  const at = input.at.toISOString();
  const n = input.drafts.length;
  const drafts = JSON.stringify(input.drafts.map((draft, i) => ({ position: i + 1, ...fieldsOf(draft, input.at) })));
  const number = sql`counter.last - ${n}::int + d.position`;
  const [row] = await queryRows<{ report: unknown; disputes: unknown }>(
    db,
    sql`
    with report as (
      insert into reports (grid_id, iso_week, revision, reporter_id, inbound_message_id, households, nil, raw_text, created_at)
      select ${place.gridId}::int, ${input.isoWeek}::text, 1, ${input.reporter.id}::int, ${input.inboundMessageId}::int,
             ${input.households}::int, ${input.nil}::boolean, ${input.rawText}::text, ${at}::timestamptz
      where not exists (
        select 1 from reports
        where (grid_id = ${place.gridId}::int and iso_week = ${input.isoWeek}::text) or inbound_message_id = ${input.inboundMessageId}::int)
      returning *
    ),
    counter as (
      insert into dispute_counters (year, last) select ${year}::int, ${n}::int from report where ${n}::int > 0
      on conflict (year) do update set last = dispute_counters.last + excluded.last
      returning last
    ),
    created as (
      insert into disputes (code, year, village_id, grid_id, reporter_id, report_id, report_position, category, parties,
                            summary, status, risks, method, resolved_at, created_at, updated_at)
      select ${codeSql(codes.prefix, year, number)}, ${year}::int, ${place.villageId}::int, ${place.gridId}::int, ${input.reporter.id}::int,
             report.id, d.position, d.category, d.parties, d.summary, d.status, d.risks, d.method, d."resolvedAt", ${at}::timestamptz, ${at}::timestamptz
      from report, counter,
           jsonb_to_recordset(${drafts}::jsonb) as d(position int, category text, parties jsonb, summary text, status text,
                                                    risks jsonb, method text, "resolvedAt" timestamptz)
      returning *
    ),
    events as (
      insert into dispute_events (dispute_id, at, actor_id, action, "to", note)
      select id, ${at}::timestamptz, ${input.reporter.id}::int, 'create', status, ${CREATE_NOTES.report}::text from created
    )
    select (select row_to_json(report) from report) as report,
           (select coalesce(json_agg(created order by created.report_position), '[]') from created) as disputes`,
  );
  const report = rowFromJson(reports, row?.report);
  if (!report) return null;
  return { report, disputes: (parsedJson(row!.disputes) as unknown[]).map((d) => rowFromJson(disputes, d)!) };
}
