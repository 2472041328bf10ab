// SDK: windmill-client 1.818.0 client.mjs: every round (each task dispatch and resume) loads the module again; a TS 5 class decorator runs when the class is defined, so its POST to the registry is sent at module load, again each round.
import { task, workflow } from "windmill-client";

function handler(kind: string) {
  return function <T extends new (...args: any[]) => { handle(payload: unknown): Promise<unknown> }>(
    cls: T,
    _ctx: ClassDecoratorContext,
  ) {
    void fetch("https://registry.example.com/handlers", {
      method: "POST",
      body: JSON.stringify({ kind, name: cls.name }),
    });
    return cls;
  };
}

@handler("refund") // expect: WAC101, WAC903
class RefundHandler {
  async handle(payload: unknown) {
    return { kind: "refund", payload };
  }
}

const applyRefund = task(async (orderId: string, cents: number) => {
  const res = await fetch(`https://payments.example.com/refunds`, {
    method: "POST",
    body: JSON.stringify({ orderId, cents }),
  });
  return ((await res.json()) as { refundId: string }).refundId;
});

export const main = workflow(async (orderId: string, cents: number) => {
  const plan = await new RefundHandler().handle({ orderId, cents });
  const refundId = await applyRefund(orderId, cents);
  return { plan, refundId };
});
