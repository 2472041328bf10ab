import { taskScript, workflow } from "windmill-client";

const typed = taskScript("f/nr/targets/typed_input");
const typedTs = taskScript("f/nr/targets/typed_input_ts");

export const main = workflow(async (orderId: string) => {
  const order = { id: orderId, amount: 10 };
  const a = await typed({ order, mode: "delta" });
  const b = await typedTs({ order, region: "us", note: "n" });
  return [a, b];
});
