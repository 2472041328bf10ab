import { taskScript, workflow } from "windmill-client";

const load = taskScript("f/mr/targets/load_rows");
const child = taskScript("f/mr/targets/child_wf_ts");

export const main = workflow(async (table: string) => {
  const a = await load({ table, limit: "100" }); // expect: WAC402
  const b = await load({ limit: 5 }); // expect: WAC402
  const c = await child({ orderId: table, notify: "yes" }); // expect: WAC402
  return [a, b, c];
});
