import { task, taskScript, workflow } from "windmill-client";

const load = taskScript("f/mr/targets/load_rows");
const defaults = task(async (table: string) => ({ table, limit: 10 }));

export const main = workflow(async (table: string) => {
  const options = await defaults(table);
  return await load({ ...options, dryRun: true }); // expect: WAC402
});
