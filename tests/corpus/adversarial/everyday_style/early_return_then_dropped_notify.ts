// SDK: windmill-client 1.818.0 client.mjs: a task call not awaited is queued in `pending` and flushed at the end; nobody sees its result or failure ("failed but was never awaited").
import { task, workflow } from "windmill-client";

type Ticket = { id: string; severity: "low" | "high"; owner?: string };

const triage = task(async (t: Ticket) => ({ ...t, owner: t.severity === "high" ? "oncall" : "queue" }));
const notifyOwner = task(async (owner: string, id: string) => ({ sent: true, owner, id }));

export const main = workflow(async (ticket: Ticket) => {
  if (!ticket.id) {
    return { skipped: true };
  }
  const triaged = await triage(ticket);
  if (!triaged.owner) return { triaged, notified: false };
  notifyOwner(triaged.owner, triaged.id); // expect: WAC106
  return { triaged, notified: true };
});
