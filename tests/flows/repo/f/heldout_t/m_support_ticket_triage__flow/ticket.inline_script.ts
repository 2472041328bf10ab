type Zendesk = { subdomain: string; email: string; token: string };

export async function main(zendesk: Zendesk, ticket_id: number) {
  const auth = btoa(`${zendesk.email}/token:${zendesk.token}`);
  const res = await fetch(`https://${zendesk.subdomain}.zendesk.com/api/v2/tickets/${ticket_id}.json`, {
    headers: { Authorization: `Basic ${auth}` },
  });
  if (!res.ok) throw new Error(`ticket ${ticket_id}: ${res.status}`);
  const { ticket } = await res.json();
  return { id: ticket.id, subject: ticket.subject, description: ticket.description, requester: ticket.requester_id };
}
