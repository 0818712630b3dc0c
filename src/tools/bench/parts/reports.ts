import { benchTargets, withDatabase } from '../databases.js';
import { benchPipeline } from '../pipeline.js';
import { benchParse, benchReportIntake } from '../reports.js';
import { skippedRow, type BenchRow } from '../table.js';
import { DB_SKIPPED, type PartContext } from './context.js';

const PART = 'reports';
const INTAKE_GOAL = '≥ 200/s on PostgreSQL';

/** Part 2: the report parser on one core, and reports through the whole app to stored disputes. */
export async function reportsPart(ctx: PartContext): Promise<BenchRow[]> {
  ctx.progress(`${PART}: parser`);
  const parse = benchParse(ctx.quick ? 300 : 5000, ctx.quick ? 1 : 3);
  const rows: BenchRow[] = [
    {
      part: PART,
      figure: 'parseReport, one core',
      value: parse.perSec,
      unit: 'reports/s',
      goal: '≥ 5000/s',
      met: parse.perSec >= 5000,
      baseline: { label: 'regex split', value: parse.splitPerSec },
      note: `${parse.reports} reports, ${parse.accepted} accepted`,
    },
  ];
  for (const target of benchTargets(ctx.databaseUrl)) {
    ctx.progress(`${PART}: report intake on ${target.label}`);
    const reports = ctx.quick ? 30 : 500;
    const intake = await withDatabase(target, (db) => benchReportIntake(db, { reports, groups: ctx.quick ? 10 : 115 }));
    // The same app path with a handler that does nothing, on a fresh database of the same kind.
    const bare = await withDatabase(target, (db) => benchPipeline(db, { messages: ctx.quick ? 100 : 1000 }));
    const onServer = target.label === 'PostgreSQL';
    rows.push({
      part: PART,
      figure: `report → stored disputes (${target.label})`,
      value: intake.perSec,
      unit: 'reports/s',
      ...(onServer ? { goal: INTAKE_GOAL, met: intake.perSec >= 200 } : {}),
      baseline: { label: 'no-op pipeline', value: bare.pipelinePerSec },
      note: `${intake.reports} reports, disputes ${intake.disputesStored}/${intake.disputesExpected}`,
    });
  }
  if (!ctx.databaseUrl) rows.push(skippedRow(PART, 'report → stored disputes (PostgreSQL)', 'reports/s', DB_SKIPPED, INTAKE_GOAL));
  return rows;
}
