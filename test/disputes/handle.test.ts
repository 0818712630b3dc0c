import { describe, expect, it } from 'vitest';
import type { Dispute } from '../../src/ledger/index.js';
import { privately, say, withCases, type Harness, type Town } from './support.js';

// The lines the bot suggests are copied and sent back as they are: they must name the real case.
let h: Harness;
let t: Town;
let d: Dispute;
// Seven cases, so the one we act on is not by chance the example's SS-2026-0007.
withCases((s) => ({ h, t, d } = s), 7, 2);

describe('suggested commands name the case at hand', () => {
  it("#进展 … 已化解 suggests #回访 with this case's code", async () => {
    const said = privately(await say(h, t.worker, `#进展 ${d.code} 已化解 方式:人民调解`));
    expect(d.code).toBe('SS-2026-0003');
    expect(said).toContain('#回访 SS-2026-0003 满意');
    expect(said).not.toContain('SS-2026-0007');
  });

  it('#我的 suggests #查 with one of the listed codes', async () => {
    const said = privately(await say(h, t.worker, '#我的'));
    expect(said).toContain('您有 7 件未办结的纠纷');
    expect(said).toContain('查看详情：#查 SS-2026-0001');
  });
});
