import * as wmill from "windmill-client";

export async function main(ticket_id: number, queue: string, tags: string[]) {
  const desk = await wmill.getResource("f/support/helpdesk");
  const res = await fetch(`${desk.url}/api/tickets/${ticket_id}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${desk.token}`, "content-type": "application/json" },
    body: JSON.stringify({ queue, tags }),
  });
  return { ticket_id, queue, status: res.status };
}
