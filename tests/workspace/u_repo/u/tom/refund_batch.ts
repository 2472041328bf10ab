// SDK: windmill-client 1.818.0 taskFlow wrapper passes its one object argument as the flow's args (month_close requires `month`); Math.random in the body differs per replay
import { chunk, jitterMs, taskFlow, workflow } from "./kit.ts";
import { sleep } from "windmill-client";

const closeMonth = taskFlow("f/billing/month_close");

export const main = workflow(async (month: string, invoice_ids: string[]) => {
  const batches = chunk(invoice_ids, 50);
  const pause = jitterMs(); // expect: WAC102
  await sleep(Math.max(1, Math.round(pause / 100)));
  const closed = await closeMonth({ period: month }); // expect: WAC402
  return { batches: batches.length, closed };
});
