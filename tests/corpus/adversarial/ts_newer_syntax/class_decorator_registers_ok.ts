// SDK: windmill-client 1.818.0 client.mjs: the class decorator only records the class in an in-memory Map at load (the same every round); the I/O is in a task.
import { task, workflow } from "windmill-client";

type Handler = { handle(payload: { orderId: string; cents: number }): Promise<string> };

const registry = new Map<string, new () => Handler>();

function handler(kind: string) {
  return function <T extends new () => Handler>(cls: T, _ctx: ClassDecoratorContext) {
    registry.set(kind, cls);
    return cls;
  };
}

const applyRefund = task(async (orderId: string, cents: number) => {
  const res = await fetch(`https://payments.example.com/refunds`, {
    method: "POST",
    body: JSON.stringify({ orderId, cents }),
  });
  return ((await res.json()) as { refundId: string }).refundId;
});

@handler("refund")  // expect: WAC903
class RefundHandler implements Handler {
  async handle(payload: { orderId: string; cents: number }) {
    return await applyRefund(payload.orderId, payload.cents);
  }
}

export const main = workflow(async (kind: string, orderId: string, cents: number) => {
  const Cls = registry.get(kind) ?? RefundHandler;
  const refundId = await new Cls().handle({ orderId, cents });
  return { kind, refundId };
});
