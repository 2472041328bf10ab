import * as wmill from "windmill-client";

export async function main(ticketId: number) {
  const zd = await wmill.getResource("f/support/zendesk");
  const res = await fetch(`https://${zd.subdomain}.zendesk.com/api/v2/tickets/${ticketId}.json`, {
    headers: { Authorization: `Basic ${btoa(`${zd.email}/token:${zd.token}`)}` },
  });
  if (!res.ok) throw new Error(`zendesk answered ${res.status}`);
  const { ticket } = await res.json();
  return {
    id: ticket.id as number,
    subject: ticket.subject as string,
    description: ticket.description as string,
    requester: ticket.requester_id as number,
    tags: (ticket.tags ?? []) as string[],
  };
}
