// SDK: client.mjs 1.818.0 step(): the result is JSON-encoded and decoded; the step returns an ISO string (formatISO), which is what every replay reads, and parseISO rebuilds the Date inside the next step
import { addBusinessDays, formatISO, isAfter, parseISO } from "date-fns";
import { sleep, step, task, workflow } from "windmill-client";

type Ticket = { id: string; priority: "p1" | "p2" | "p3"; assignee: string };

const BUSINESS_DAYS: Record<Ticket["priority"], number> = { p1: 1, p2: 3, p3: 5 };

const escalate = task(async function escalate(ticketId: string, assignee: string) {
  const res = await fetch(`https://api.zendesk.internal/tickets/${ticketId}/escalate`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.ZENDESK_TOKEN}` },
    body: JSON.stringify({ notify: assignee }),
  });
  return { ticketId, escalated: res.ok };
});

const isSolved = task(async function isSolved(ticketId: string) {
  const res = await fetch(`https://api.zendesk.internal/tickets/${ticketId}`);
  return ((await res.json()) as { status: string }).status === "solved";
});

export const main = workflow(async (ticket: Ticket) => {
  const due = await step("sla_due", () => formatISO(addBusinessDays(new Date(), BUSINESS_DAYS[ticket.priority])));
  await sleep(4 * 3600);
  if (await isSolved(ticket.id)) return { ticketId: ticket.id, breached: false };
  const breached = await step("breach_check", () => isAfter(new Date(), parseISO(due)));
  if (breached) {
    return await escalate(ticket.id, ticket.assignee);
  }
  return { ticketId: ticket.id, breached: false };
});
