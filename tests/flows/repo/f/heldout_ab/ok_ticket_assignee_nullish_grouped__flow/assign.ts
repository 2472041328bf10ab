import * as wmill from "windmill-client";

export async function main(ticket_id: number, assignee: string) {
  const zd = await wmill.getResource("f/support/zendesk");
  const auth = btoa(`${zd.email}/token:${zd.token}`);
  const res = await fetch(`https://${zd.subdomain}.zendesk.com/api/v2/tickets/${ticket_id}`, {
    method: "PUT",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/json" },
    body: JSON.stringify({ ticket: { assignee_email: assignee } }),
  });
  return { ticket_id, assignee, status: res.status };
}
