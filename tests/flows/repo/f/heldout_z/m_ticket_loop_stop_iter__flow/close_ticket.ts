import * as wmill from "windmill-client";

export async function main(ticket_id: number, note: string) {
  const zd = await wmill.getResource<{ subdomain: string; token: string }>("f/support/zendesk");
  const res = await fetch(`https://${zd.subdomain}.zendesk.com/api/v2/tickets/${ticket_id}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${zd.token}`, "content-type": "application/json" },
    body: JSON.stringify({ ticket: { status: "solved", comment: { body: note, public: false } } }),
  });
  return { id: ticket_id, closed: res.ok };
}
