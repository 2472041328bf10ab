// SDK: windmill-client 1.818.0 workflow() body replays from the top each round; only task/step results are checkpointed, so an HTTP read in the body runs again every round
// Zendesk-style ticket sweep: an async generator pages the API and the body classifies each page with a task.
import { task, workflow } from "windmill-client";

type Ticket = { id: number; subject: string; status: string; updated_at: string };

const ZD = "https://acme.zendesk.example.com/api/v2";

async function* ticketPages(view: number, token: string): AsyncGenerator<Ticket[]> {
  let url: string | null = `${ZD}/views/${view}/tickets.json?per_page=100`;
  while (url) {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { tickets: Ticket[]; next_page: string | null };
    yield body.tickets;
    url = body.next_page;
  }
}

const classify = task(async (tickets: Ticket[]) => {
  const r = await fetch("https://ml.internal/classify", { method: "POST", body: JSON.stringify({ tickets }) });
  return (await r.json()) as { id: number; label: string }[];
});

const applyLabels = task(async (labels: { id: number; label: string }[], token: string) => {
  await fetch(`${ZD}/tickets/update_many.json`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ tickets: labels.map((l) => ({ id: l.id, tags: [l.label] })) }),
  });
  return labels.length;
});

export const main = workflow(async (view: number, token: string) => {
  let updated = 0;
  for await (const page of ticketPages(view, token)) { // expect: WAC101
    const labels = await classify(page);
    updated += await applyLabels(labels, token);
  }
  return { updated };
});
