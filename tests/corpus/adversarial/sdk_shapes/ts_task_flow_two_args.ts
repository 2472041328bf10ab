// SDK: windmill-client 1.818.0 client.mjs taskFlow wrapper: with two arguments it sends `{ arg0, arg1 }` to the flow, whose inputs are `customer_id` and `verbose`.
import { taskFlow, workflow } from "windmill-client";

const enrichCustomer = taskFlow("f/shared/enrich_customer");

export const main = workflow(async (customerIds: string[]) => {
  const out = [];
  for (const id of customerIds) {
    out.push(await enrichCustomer(id, true)); // expect: WAC301
  }
  return out;
});
