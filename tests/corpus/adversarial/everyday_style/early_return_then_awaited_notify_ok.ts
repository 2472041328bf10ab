// SDK: windmill-client 1.818.0 client.mjs: every task call is awaited on the path that makes it; the early returns make none.
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
  await notifyOwner(triaged.owner, triaged.id);
  return { triaged, notified: true };
});
