// SDK: windmill-client 1.818.0 the first round of a task call throws StepSuspend (an Error); `SafeJob.go` rethrows it before treating anything else as a failed refund, so the workflow suspends and replays as it should
import { task, workflow } from "windmill-client";

type Refund = { chargeId: string; cents: number };

const refundCharge = task(async (r: Refund): Promise<{ id: string }> => {
  const res = await fetch("https://pay.shop.example/refunds", {
    method: "POST",
    body: JSON.stringify(r),
  });
  if (!res.ok) throw new Error(`refund failed: ${res.status}`);
  return res.json();
});

class SafeJob<T, U> {
  constructor(
    private readonly fn: (x: T) => Promise<U>,
    private readonly label: string,
  ) {}

  async go(x: T): Promise<U | null> {
    try {
      return await this.fn(x);
    } catch (e) {
      if ((e as Error)?.name === "StepSuspend") throw e;
      console.warn(`${this.label} skipped`, e);
      return null;
    }
  }
}

export const main = workflow(async (refunds: Refund[]) => {
  const job = new SafeJob(refundCharge, "refund");
  const done: string[] = [];
  for (const r of refunds) {
    const out = await job.go(r);
    if (out) done.push(out.id);
  }
  return { refunded: done };
});
