// SDK: windmill-client 1.818.0 a failed task rejects with a TaskError; isSuspendSignal() lets the suspension through when rethrown first
import { step, taskScript, workflow } from "windmill-client";
import { chargeAndNotify, runKey, type Order } from "/f/kit/index.ts";

const notify = taskScript("f/shop/notify");

export const main = workflow(async (orders: Order[], slackChannel = "#shop-ops") => {
  const charged: string[] = [];

  for (const order of orders) {
    const charge = await chargeAndNotify(order);
    if (charge) charged.push(order.id);
  }

  const label = await step("retry_label", () => runKey("retry-summary"));
  const summary = await step("retry_summary", () => ({ label, charged: charged.length }));

  await notify({
    slack: "$res:f/shop/slack",
    channel: slackChannel,
    text: `${charged.length} of ${orders.length} orders charged`,
  });
  return summary;
});
