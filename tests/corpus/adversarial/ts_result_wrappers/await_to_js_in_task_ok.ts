// SDK: windmill-client 1.818.0 client.mjs: `to(fetch(...))` inside a task handles the HTTP failure in the task's own job; the body awaits the task plainly.
import to from "await-to-js";
import { task, workflow } from "windmill-client";

const charge = task(async (customerId: string, cents: number) => {
  const [err, res] = await to(fetch("https://pay.example.com/charges", { method: "POST", body: JSON.stringify({ customerId, cents }) }));
  if (err || !res.ok) return { ok: false as const, reason: err?.message ?? `status ${res?.status}` };
  return { ok: true as const, id: ((await res.json()) as { id: string }).id };
});
const flagAccount = task(async (customerId: string, reason: string) => ({ customerId, reason }));

export const main = workflow(async (customerId: string, cents: number) => {
  const receipt = await charge(customerId, cents);
  if (!receipt.ok) return await flagAccount(customerId, receipt.reason);
  return receipt;
});
