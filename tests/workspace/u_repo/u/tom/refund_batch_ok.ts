// SDK: windmill-client 1.818.0 taskFlow("f/billing/month_close")({ month, dry_run }) passes those as the flow's inputs; step() checkpoints the jitter
import { chunk, jitterMs, step, taskFlow, workflow } from "./kit.ts";
import { sleep } from "windmill-client";

const closeMonth = taskFlow("f/billing/month_close");

export const main = workflow(async (month: string, invoice_ids: string[]) => {
  const batches = chunk(invoice_ids, 50);
  const pause = await step("jitter", () => jitterMs());
  await sleep(Math.max(1, Math.round(pause / 100)));
  const closed = await closeMonth({ month, dry_run: false });
  return { batches: batches.length, closed };
});
