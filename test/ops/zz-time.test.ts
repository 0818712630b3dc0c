import { it } from 'vitest';
import { defaultLawsSource } from '../../src/lawqa/index.js';
import { createHarness } from '../../src/replay/harness.js';
import { playWeek, WEEK_START } from '../privacy/week.js';
it('t', async () => {
  let t = Date.now();
  const h = await createHarness({ start: WEEK_START, laws: defaultLawsSource() });
  console.log('harness+laws', Date.now() - t); t = Date.now();
  await playWeek(h);
  console.log('week', Date.now() - t); t = Date.now();
  const h2 = await createHarness({ start: WEEK_START });
  console.log('harness', Date.now() - t); t = Date.now();
  await playWeek(h2);
  console.log('week nolaws', Date.now() - t);
  await h.close(); await h2.close();
}, 300000);
