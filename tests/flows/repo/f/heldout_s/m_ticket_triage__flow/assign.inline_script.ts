type Zendesk = { subdomain: string; email: string; token: string };

export async function main(zendesk: Zendesk, ticket_id: number, group: string) {
  const auth = btoa(`${zendesk.email}/token:${zendesk.token}`);
  const groups = await fetch(`https://${zendesk.subdomain}.zendesk.com/api/v2/groups.json`, {
    headers: { Authorization: `Basic ${auth}` },
  }).then((r) => r.json());
  const target = groups.groups.find((g: { name: string }) => g.name.toLowerCase() === group);
  await fetch(`https://${zendesk.subdomain}.zendesk.com/api/v2/tickets/${ticket_id}.json`, {
    method: "PUT",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/json" },
    body: JSON.stringify({ ticket: { group_id: target?.id } }),
  });
  return { ticket_id, group_id: target?.id ?? null };
}
