// SDK: windmill-client 1.818.0 client.mjs: the recipients are spread into an array inside the task, which JSON carries.
import { task, workflow } from "windmill-client";

type Order = { id: string; email: string; cents: number };

const summarize = task(async (orders: Order[]) => {
  const recipients = [...new Set(orders.map((o) => o.email))];
  const total = orders.reduce((n, o) => n + o.cents, 0);
  return { total, recipients, count: orders.length };
});
const sendDigest = task(async (to: string, total: number) => ({ to, total, sent: true }));

export const main = workflow(async (orders: Order[]) => {
  const s = await summarize(orders);
  const out = [];
  for (const to of s.recipients) out.push(await sendDigest(to, s.total));
  return out;
});
