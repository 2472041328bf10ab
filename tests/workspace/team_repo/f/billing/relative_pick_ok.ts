// SDK: windmill-client 1.818.0 replays the body; ../common/lib.ts pick / formatCents are pure.
import { task, workflow } from "windmill-client";
import { formatCents, pick } from "../common/lib.ts";

const notify = task(async (text: string) => ({ text }));

export const main = workflow(async (order: { id: string; total: number; email: string }) => {
  const summary = pick(order, ["id", "total"]);
  return await notify(`order ${summary.id}: ${formatCents(summary.total)}`);
});
