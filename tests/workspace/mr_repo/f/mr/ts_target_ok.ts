import { task, taskFlow, taskScript, workflow } from "windmill-client";

const load = taskScript("f/mr/targets/load_rows");
const child = taskScript("f/mr/targets/child_wf");
const pipeline = taskFlow("f/mr/pipeline");
const defaults = task(async (table: string) => ({ table, limit: 10 }));

export const main = workflow(async (table: string) => {
  const options = await defaults(table);
  const a = await load({ table, limit: 5, dry_run: true });
  const b = await load({ ...options, table });
  const c = await child({ order_id: table });
  const d = await pipeline({ source: table, mode: "full" });
  return [a, b, c, d];
});
