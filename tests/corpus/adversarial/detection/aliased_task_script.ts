// SDK: windmill-client 1.818.0 client.mjs taskScript(path, options); imported as `runScript`-like alias it still dispatches, but the parser wants the literal `taskScript`.
import { taskScript as scriptStep, workflow } from "windmill-client"; // expect: WAC001

const extract = scriptStep("f/etl/extract_orders", { timeout: 600 });
const load = scriptStep("f/etl/load_orders");

export const main = workflow(async (day: string) => {
  const rows = await extract({ day });
  return await load({ rows });
});
