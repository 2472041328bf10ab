import * as wmill from "windmill-client";

export async function main(ticketId: number, queue: string, urgent: boolean, dryRun = false) {
  if (dryRun) return { ticketId, queue, assigned: false };
  const zd = await wmill.getResource("f/support/zendesk");
  const res = await fetch(`https://${zd.subdomain}.zendesk.com/api/v2/tickets/${ticketId}.json`, {
    method: "PUT",
    headers: {
      Authorization: `Basic ${btoa(`${zd.email}/token:${zd.token}`)}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ ticket: { group_id: queue, priority: urgent ? "urgent" : "normal" } }),
  });
  if (!res.ok) throw new Error(`zendesk answered ${res.status}`);
  return { ticketId, queue, assigned: true };
}
