// SDK: windmill-client 1.818.0 client.mjs taskScript wrapper: a single argument that is not an object becomes `{ arg0: ... }` (the dispatched step's args, run against the SDK's WorkflowCtx), which the script does not take.
import { taskScript, workflow } from "windmill-client";

const extractOrders = taskScript("f/etl/extract_orders", { timeout: 600 });
const loadOrders = taskScript("f/etl/load_orders");

export const main = workflow(async (day: string) => {
  const rows = await extractOrders(day); // expect: WAC301
  return await loadOrders({ rows, day });
});
