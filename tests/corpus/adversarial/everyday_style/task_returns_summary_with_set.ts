// SDK: windmill-client 1.818.0 client.mjs: the task's result object is checkpointed with JSON.stringify; the Set inside it becomes {}, so the workflow reads no recipients.
import { task, workflow } from "windmill-client";

type Order = { id: string; email: string; cents: number };

const summarize = task(async (orders: Order[]) => {
  const recipients = new Set(orders.map((o) => o.email));
  const total = orders.reduce((n, o) => n + o.cents, 0);
  return { total, recipients, count: orders.length }; // expect: WAC107
});
const sendDigest = task(async (to: string, total: number) => ({ to, total, sent: true }));

export const main = workflow(async (orders: Order[]) => {
  const s = await summarize(orders);
  const out = [];
  for (const to of s.recipients) out.push(await sendDigest(to, s.total));
  return out;
});
