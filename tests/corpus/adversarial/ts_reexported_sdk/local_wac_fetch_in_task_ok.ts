// SDK: windmill-client 1.818.0 client.mjs: ./wac re-exports windmill-client; the fetch is inside a task, run once.
import { task, workflow } from "./wac";

const loadCustomer = task(async (customerId: string) => {
  const res = await fetch(`https://billing.example.com/customers/${customerId}`);
  return (await res.json()) as { active: boolean };
});
const charge = task(async (customerId: string, cents: number) => ({ customerId, cents, ok: true }));

export const main = workflow(async (customerId: string, cents: number) => {
  const customer = await loadCustomer(customerId);
  if (!customer.active) return { skipped: true };
  return await charge(customerId, cents);
});
