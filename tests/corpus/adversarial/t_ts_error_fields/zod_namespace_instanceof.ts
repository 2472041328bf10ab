// SDK: dist/wacError.mjs 1.818.0 taskErrorFromMarker: the ZodError the task threw is rebuilt as a plain Error named "TaskError"; `e instanceof z.ZodError` in the body is never true
import { task, workflow } from "windmill-client";
import { z } from "zod";

const WebhookPayload = z.object({
  event: z.enum(["order.created", "order.paid", "order.refunded"]),
  orderId: z.string().min(1),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
});

const validatePayload = task(async function validatePayload(raw: unknown) {
  return WebhookPayload.parse(raw);
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
    payload = await validatePayload(body);
  } catch (e) {
    if (e instanceof z.ZodError) { // expect: WAC204
      return { accepted: false, issues: e.issues.map((i) => i.path.join(".")) };
    }
    throw e;
  }
  const fwd = await forwardToErp(payload.orderId, payload.event, payload.amount);
  return { accepted: true, ...fwd };
});
