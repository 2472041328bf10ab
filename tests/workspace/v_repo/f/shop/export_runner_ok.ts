// SDK: windmill-client 1.818.0 taskScript / taskFlow: paths of a script and a flow of this workspace, called with their parameters
import { FLOWS, Scripts } from "/f/lib/paths.ts";
import { taskFlow, taskScript, workflow } from "/f/lib/wac.ts";

const exportOrders = taskScript(Scripts.ExportOrders, { timeout: 900 });
const restock = taskFlow(FLOWS.restock);

export const main = workflow(async (since: string, limit: number = 1000) => {
  const current = await exportOrders({ since, limit, includeCancelled: true });
  const refill = await restock({ warehouse: "main", threshold: 10 });
  return { current, refill };
});
