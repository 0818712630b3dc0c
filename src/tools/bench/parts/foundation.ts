import { benchTargets, throwawayPostgres, withDatabase } from '../databases.js';
import { benchPipeline } from '../pipeline.js';
import { benchStartup, type StartRun } from '../startup.js';
import { skippedRow, type BenchRow } from '../table.js';
import { DB_SKIPPED, type PartContext } from './context.js';

const PART = 'foundation';
const PIPELINE_GOAL = '≥ ½ raw insert';
/** What the PGlite idle RSS cannot go below with these components (see rss-floor.ts). */
const FLOOR_FIGURE = 'idle RSS of PGlite + jieba + Wechaty + mock puppet alone (no gridbot code)';
const times = (a: number, b: number) => `×${(a / b).toFixed(2)}`;

async function pipelineRows(ctx: PartContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const target of benchTargets(ctx.databaseUrl)) {
    ctx.progress(`${PART}: pipeline on ${target.label}`);
    const b = await withDatabase(target, (db) => benchPipeline(db, { messages: ctx.quick ? 200 : 3000 }));
    const outcomes = Object.entries(b.outcomes)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    // Judged against the faster way of inserting the same rows: the prepared statement.
    rows.push({
      part: PART,
      figure: `pipeline, no-op handler (${target.label})`,
      value: b.pipelinePerSec,
      unit: 'msg/s',
      goal: PIPELINE_GOAL,
      met: b.pipelinePerSec >= b.preparedInsertPerSec / 2,
      baseline: { label: 'raw insert, prepared', value: b.preparedInsertPerSec },
      note:
        `${b.messages} msgs: ${outcomes}; raw insert built per call ${Math.round(b.rawInsertPerSec)} (pipeline ${times(b.pipelinePerSec, b.rawInsertPerSec)}); ` +
        `floor (prepared insert + mark handled) ${Math.round(b.floorPerSec)} (${times(b.floorPerSec, b.preparedInsertPerSec)})`,
    });
  }
  if (!ctx.databaseUrl) rows.push(skippedRow(PART, 'pipeline, no-op handler (PostgreSQL)', 'msg/s', DB_SKIPPED, PIPELINE_GOAL));
  return rows;
}

function startRows(label: string, run: StartRun, base: { nodeMs: number; nodeRssMb: number }, readyGoal?: number): BenchRow[] {
  const rss = run.idleRssMb;
  return [
    {
      part: PART,
      figure: `${label}: start to 'gridbot ready'`,
      value: run.readyMs / 1000,
      unit: 's',
      ...(readyGoal ? { goal: `< ${readyGoal} s`, met: run.readyMs < readyGoal * 1000 } : {}),
      baseline: { label: 'node -e ""', value: base.nodeMs / 1000 },
    },
    rss === null
      ? skippedRow(PART, `${label}: idle RSS`, 'MB', 'no /proc on this system', '< 250 MB')
      : { part: PART, figure: `${label}: idle RSS`, value: rss, unit: 'MB', goal: '< 250 MB', met: rss < 250, baseline: { label: 'bare node', value: base.nodeRssMb } },
  ];
}

const WECOM_FLOOR_FIGURE = 'idle RSS of PGlite + jieba + the WeCom SDK alone (no gridbot code)';

/** A WeCom-only bot (Wechaty never loaded): start, idle RSS, and its distance from its own floor. */
function wecomRows(b: Awaited<ReturnType<typeof benchStartup>>): BenchRow[] {
  const rows = startRows('WeCom only (no Wechaty), PGlite, fresh DATA_DIR', b.wecom, b, 5);
  if (b.wecomFloorRssMb === null) return [...rows, skippedRow(PART, WECOM_FLOOR_FIGURE, 'MB', 'the floor program failed')];
  // The bot runs with npm start's node flags; the floor is shown under them too, so the reader sees what the flags save either way.
  const flagged = b.wecomFloorFlaggedRssMb;
  const flags = b.nodeFlags.join(' ') || 'none';
  const flaggedNote = flagged === null ? `under ${flags}: failed` : `under npm start's flags (${flags}) ${Math.round(flagged)} MB`;
  rows.push({ part: PART, figure: WECOM_FLOOR_FIGURE, value: b.wecomFloorRssMb, unit: 'MB', baseline: { label: 'bare node', value: b.nodeRssMb }, note: flaggedNote });
  if (b.wecom.idleRssMb !== null) {
    const over = b.wecom.idleRssMb - b.wecomFloorRssMb;
    const note = flagged === null ? undefined : `above the floor under the same flags: ${Math.round(b.wecom.idleRssMb - flagged)} MB`;
    rows.push({ part: PART, figure: 'WeCom only: idle RSS above its floor', value: over, unit: 'MB', goal: '< 40 MB', met: over < 40, ...(note ? { note } : {}) });
  }
  return rows;
}

/** Cold start and idle memory of the real bot on the mock puppet. */
async function startupRows(ctx: PartContext): Promise<BenchRow[]> {
  ctx.progress(`${PART}: cold start of gridbot (mock puppet)`);
  const pg = ctx.databaseUrl ? await throwawayPostgres(ctx.databaseUrl, 'gridbot_bench') : null;
  try {
    const b = await benchStartup({ idleMs: ctx.quick ? 1000 : 10_000, postgresUrl: pg?.url });
    return [
      ...startRows('cold start, PGlite, fresh DATA_DIR', b.cold, b, 5),
      ...startRows('restart, PGlite, same DATA_DIR', b.restart, b),
      b.floorRssMb === null
        ? skippedRow(PART, FLOOR_FIGURE, 'MB', 'the floor program failed')
        : { part: PART, figure: FLOOR_FIGURE, value: b.floorRssMb, unit: 'MB', baseline: { label: 'bare node', value: b.nodeRssMb } },
      ...wecomRows(b),
      ...(b.postgres
        ? startRows('start, PostgreSQL', b.postgres, b)
        : [skippedRow(PART, "start, PostgreSQL: start to 'gridbot ready'", 's', DB_SKIPPED), skippedRow(PART, 'start, PostgreSQL: idle RSS', 'MB', DB_SKIPPED, '< 250 MB')]),
    ];
  } finally {
    await pg?.close();
  }
}

/** Part 1: messages through the inbound pipeline against raw inserts; start-up time and memory. */
export async function foundationPart(ctx: PartContext): Promise<BenchRow[]> {
  return [...(await pipelineRows(ctx)), ...(await startupRows(ctx))];
}
