import { taskFlow, taskScript, workflow } from "windmill-client";
import * as paths from "/f/common/target_paths.ts";

const TARGETS = { load: "f/mr/targets/load_rows", report: "u/alice/reports" } as const;

const load = taskScript(TARGETS.load);
const report = taskScript(TARGETS["report"]); // expect: WAC401
const pipeline = taskFlow(paths.PIPELINE);
const old = taskScript(paths.OLD_LOADER); // expect: WAC401

export const main = workflow(async (table: string) => {
  const a = await load({ tabel: table }); // expect: WAC402
  const b = await pipeline({ source: 3 }); // expect: WAC402
  return [a, b, await report({ day: table }), await old({ table })];
});
