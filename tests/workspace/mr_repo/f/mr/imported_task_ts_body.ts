import { task, workflow } from "windmill-client";
import { load } from "/f/common/shared_tasks_ts.ts";

const options = task(async (table: string) => ({ table }));

export const main = workflow(async (table: string) => {
  const opts = await options(table);
  return await load({ ...opts, dryRun: true }); // expect: WAC402
});
