import { task, taskScript, workflow } from "windmill-client";

const load = taskScript("f/mr/targets/load_rows");
const defaults = task(async (table: string) => ({ table, limit: 10 }));

export const main = workflow(async (table: string) => {
  const options = await defaults(table);
  const a = await load({ ...options, dry_run: true });
  const b = await load({ limit: "5", ...options });
  return [a, b];
});
