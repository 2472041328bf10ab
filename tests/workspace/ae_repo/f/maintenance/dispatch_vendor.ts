export async function main(ticket_id: string, vendor: string, priority: number = 3) {
  const resp = await fetch("https://pms.internal/dispatch", {
    method: "POST",
    body: JSON.stringify({ ticket: ticket_id, vendor, priority }),
  });
  return ((await resp.json()) as { job_id: string }).job_id;
}
