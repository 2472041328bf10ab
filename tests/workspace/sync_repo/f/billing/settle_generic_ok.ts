import { task, taskScript, workflow, step } from "windmill-client";

const refund = taskScript("f/billing/refund");
const total = task(async (xs: number[]): Promise<number> => xs.reduce((a, b) => a + b, 0));

export const main = workflow(async (chargeId: string) => {
  const startedAt = await step<number>("started", () => Date.now());
  const sum = await total<number>([1, 2, 3]);
  const r = await refund<{ ok: boolean }>({ charge_id: chargeId, reason: "requested" });
  return { startedAt, sum, r };
});
