// SDK: windmill-client 1.818.0 taskScript(path): one object argument becomes the target's arguments; the path must name a script of the workspace
import { FLOWS, Scripts } from "/f/lib/paths.ts";
import { taskFlow, taskScript, workflow } from "/f/lib/wac.ts";

const exportOrders = taskScript(Scripts.ExportOrders, { timeout: 900 });
const legacyExport = taskScript(Scripts.LegacyExport); // expect: WAC401
const packSlips = taskScript("./pack_slips.ts"); // expect: WAC401
const restock = taskFlow(FLOWS.restock);

export const main = workflow(async (since: string, withLegacy: boolean = false) => {
  const current = await exportOrders({ since, max: 1000 }); // expect: WAC402
  const legacy = withLegacy ? await legacyExport({ since }) : null;
  const slips = await packSlips({ since });
  const refill = await restock({ warehouse: "main", threshold: 10 });
  return { current, legacy, slips, refill };
});
