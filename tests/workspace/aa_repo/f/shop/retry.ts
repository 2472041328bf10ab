// SDK: windmill-client 1.818.0 a pending task's then() throws StepSuspend; a catch that does not rethrow it (isSuspendSignal) swallows the suspension; step keys come from the name
import { step, taskScript, workflow } from "windmill-client";
import { runKey, tryCharge, type Order } from "/f/kit/index.ts";

const notify = taskScript("f/shop/notify");

export const main = workflow(async (orders: Order[], slackChannel = "#shop-ops") => {
  const charged: string[] = [];
  const declined: string[] = [];

  for (const order of orders) {
    const charge = await tryCharge(order); // expect: WAC202
    if (charge) {
      charged.push(order.id);
    } else {
      declined.push(order.id);
    }
  }

  const summary = await step(runKey("retry-summary"), () => ({ // expect: WAC102, WAC103
    charged: charged.length,
    declined: declined.length,
  }));

  if (declined.length > 0) {
    await notify({ // expect: WAC402
      channel: slackChannel,
      text: `${declined.length} orders declined again: ${declined.join(", ")}`,
    });
  }
  return summary;
});
