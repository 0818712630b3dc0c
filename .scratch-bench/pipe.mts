import { benchPipeline } from '/work/main/src/bench/pipeline.ts';
import { throwawayPglite, throwawayPostgres } from '/work/main/src/bench/databases.ts';
for (const [label, open] of [['pglite', throwawayPglite], ['pg', () => throwawayPostgres('postgres://postgres@127.0.0.1:55432/postgres')]] as const) {
  const d = await open();
  console.log(label, await benchPipeline(d, { messages: 2000 }));
  await d.close();
}
