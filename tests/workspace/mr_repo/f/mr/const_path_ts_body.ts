import { taskFlow, taskScript, workflow } from "windmill-client";
import { LOAD_ROWS, OLD_LOADER, PIPELINE } from "/f/common/target_paths.ts";

const CHILD = "f/mr/targets/child_wf_ts";
const load = taskScript(LOAD_ROWS);
const old = taskScript(OLD_LOADER); // expect: WAC401
const child = taskScript(CHILD);
const pipeline = taskFlow(PIPELINE);

export const main = workflow(async (table: string) => {
  const args = { table, limt: 5 }; // expect: WAC402
  const a = await load(args);
  const b = await child({ orderId: table, notify: "no" }); // expect: WAC402
  const c = await pipeline({ source: table, mode: "weekly" }); // expect: WAC402
  return [a, b, c, await old({ table })];
});
