import { taskScript, workflow } from "windmill-client";

const modes = taskScript("f/nr/targets/ts_modes");
const load = taskScript("f/nr/targets/load");

export const main = workflow(async (table: string) => {
  const a = await modes({ mode: "slow", retries: 0 });
  const b = await load({ table, since: null, mode: "full" });
  return [a, b];
});
