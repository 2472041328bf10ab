// SDK: windmill-client 1.818.0 taskScript(path) dispatches the deployed script with the object's keys as its args
import { step, taskScript, workflow } from "windmill-client";
import { runKey, slug } from "/f/kit/index.ts";
import type { Period } from "/f/kit/types.ts";

const notify = taskScript("f/shop/notify");
const labels = taskScript("f/orders/ship_label");

export const main = workflow(async (period: Period, channel: string, orderIds: string[] = []) => { // expect: WAC901, WAC902
  const title = await step("title", () => `Shop digest (${period})`);

  for (const id of orderIds) {
    await labels({ orderId: id, carrier: "dhl" }); // expect: WAC402
  }

  await notify({ channel, message: title }); // expect: WAC402

  const ref = slug("digest", period);
  const key = runKey(ref); // expect: WAC102
  await step(key, () => ({ ref, sent: true })); // expect: WAC103
  return { title, ref };
});
