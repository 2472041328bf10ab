// SDK: windmill-client 1.818.0 taskScript/taskFlow pass one object argument as the job's args
import { taskFlow, taskScript, workflow } from "windmill-client";
import * as kit from "/f/kit/index.ts";
import { NIGHTLY, REPORT_FLOW } from "../kit/paths.ts";

const batch = taskScript(kit.paths.ScriptPaths.geocodeBatch, { timeout: 900 });
const render = taskScript(kit.paths.ScriptPaths.renderReport);
const purge = taskScript(kit.paths.ScriptPaths.purgeStale); // expect: WAC401
const nightly = taskFlow(NIGHTLY);
const nightlyAsScript = taskScript(kit.paths.NIGHTLY); // expect: WAC401
const reportAsFlow = taskFlow(REPORT_FLOW); // expect: WAC401

export const main = workflow(async (depot: string, day: string, addresses: string[]) => {
  const points = await batch({ addresses, regoin: "eu-west" }); // expect: WAC402
  const html = await render({ fleet_id: depot, day });
  const rollup = await nightly({ depot, day });
  await purge({ depot });
  const again = await nightlyAsScript({ depot, day });
  const pdf = await reportAsFlow({ fleet_id: depot, day });
  return { points, html, rollup, again, pdf };
});
