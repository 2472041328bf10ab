// SDK: client.mjs 1.818.0 workflow(fn) only marks fn; zod's safeParse of the workflow's own input is pure and runs the same in every replay, and a ZodError caught around it (no durable call inside the try) is the real class
import { task, workflow } from "windmill-client";
import { z } from "zod";

const WebhookPayload = z.object({
  event: z.enum(["order.created", "order.paid", "order.refunded"]),
  orderId: z.string().min(1),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
});

const forwardToErp = task(async function forwardToErp(orderId: string, event: string, amount: number) {
  const res = await fetch("https://erp.internal/api/orders/events", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orderId, event, amount }),
  });
  return { forwarded: res.ok };
});

export const main = workflow(async (body: object) => {
  let payload: z.infer<typeof WebhookPayload>;
  try {
    payload = WebhookPayload.parse(body);
  } catch (e) {
    if (e instanceof z.ZodError) {
      return { accepted: false, issues: e.issues.map((i) => i.path.join(".")) };
    }
    throw e;
  }
  const fwd = await forwardToErp(payload.orderId, payload.event, payload.amount);
  return { accepted: true, ...fwd };
});
