// SDK: windmill-client 1.818.0 client.mjs: ./wac re-exports windmill-client (export * from "windmill-client"), so workflow and task are the SDK's own and the body is replayed after each task; its fetch runs again every round.
import { task, workflow } from "./wac";

const charge = task(async (customerId: string, cents: number) => ({ customerId, cents, ok: true }));

export const main = workflow(async (customerId: string, cents: number) => {
  const res = await fetch(`https://billing.example.com/customers/${customerId}`); // expect: WAC101
  const customer = (await res.json()) as { active: boolean };
  if (!customer.active) return { skipped: true };
  return await charge(customerId, cents);
});
