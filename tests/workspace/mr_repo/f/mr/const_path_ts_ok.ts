import { taskFlow, taskScript, workflow } from "windmill-client";
import { LOAD_ROWS, PIPELINE } from "/f/common/target_paths.ts";

let loader = "f/mr/targets/missing";
loader = LOAD_ROWS;
const load = taskScript(LOAD_ROWS);
const maybe = taskScript(loader);
const pipeline = taskFlow(PIPELINE);

export const main = workflow(async (table: string) => {
  const args = { table, limit: 5 };
  const a = await load(args);
  const b = await maybe({ table });
  const c = await pipeline({ source: table, mode: "delta" });
  return [a, b, c];
});
