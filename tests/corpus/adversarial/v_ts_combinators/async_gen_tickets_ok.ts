// SDK: windmill-client 1.818.0 each task call is keyed by name and call order and replayed from the checkpoint; an async generator that awaits tasks yields the same pages every replay
// Ticket sweep: the generator pages through a task, so every page is checkpointed.
import { task, workflow } from "windmill-client";

type Ticket = { id: number; subject: string; status: string };

const ZD = "https://acme.zendesk.example.com/api/v2";

const fetchPage = task(async (url: string, token: string) => {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { tickets: Ticket[]; next_page: string | null };
  return { tickets: body.tickets, nextPage: body.next_page };
});

async function* ticketPages(view: number, token: string): AsyncGenerator<Ticket[]> {
  let url: string | null = `${ZD}/views/${view}/tickets.json?per_page=100`;
  while (url) {
    const page = await fetchPage(url, token);
    yield page.tickets;
    url = page.nextPage;
  }
}

const classify = task(async (tickets: Ticket[]) => {
  const r = await fetch("https://ml.internal/classify", { method: "POST", body: JSON.stringify({ tickets }) });
  return (await r.json()) as { id: number; label: string }[];
});

export const main = workflow(async (view: number, token: string) => {
  const counts: Record<string, number> = {};
  for await (const page of ticketPages(view, token)) {
    const labels = await classify(page);
    for (const l of labels) counts[l.label] = (counts[l.label] ?? 0) + 1;
  }
  return { counts };
});
