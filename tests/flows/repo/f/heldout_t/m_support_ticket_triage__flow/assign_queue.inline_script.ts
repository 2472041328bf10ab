type Zendesk = { subdomain: string; email: string; token: string };

export async function main(zendesk: Zendesk, ticket_id: number, group: string) {
  const auth = btoa(`${zendesk.email}/token:${zendesk.token}`);
  const res = await fetch(`https://${zendesk.subdomain}.zendesk.com/api/v2/tickets/${ticket_id}.json`, {
    method: "PUT",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/json" },
    body: JSON.stringify({ ticket: { group_id: group, tags: ["auto-triaged"] } }),
  });
  return { updated: res.ok };
}
