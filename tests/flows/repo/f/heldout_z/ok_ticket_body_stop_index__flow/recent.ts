export async function main() {
  const res = await fetch("https://helpdesk.internal/api/tickets?status=new&limit=200");
  const body = (await res.json()) as { tickets: { id: number; subject: string }[] };
  return body.tickets.map((t) => ({ id: t.id, subject: t.subject }));
}
