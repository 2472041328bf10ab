// SDK: windmill-client 1.818.0 client.mjs: mingo's Query filters an array in memory with Mongo syntax; nothing is sent anywhere.
import { Query } from "mingo";
import { task, workflow } from "windmill-client";

const escalate = task(async (id: string) => ({ id, escalated: true }));

export const main = workflow(async (tickets: { id: string; status: string; age: number }[]) => {
  const stale = new Query({ status: "open", age: { $gt: 7 } });
  const rows = stale.find(tickets).all() as { id: string }[];
  const out = [];
  for (const t of rows) out.push(await escalate(t.id));
  return out;
});
