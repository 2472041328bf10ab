// SDK: windmill-client 1.818.0 client.mjs: an LLM triage workflow written correctly: the model call and every API call are tasks, the clock is captured by a step, prompt text is built from task results, a Set dedupes labels in insertion order, and parallel() fans out with a concurrency limit.
import OpenAI from "openai";
import { parallel, sleep, step, task, workflow } from "windmill-client";

type Ticket = { id: string; subject: string; body: string; customerTier: "free" | "pro" | "enterprise" };
type Triage = { ticketId: string; labels: string[]; priority: "p1" | "p2" | "p3"; summary: string };

const openai = new OpenAI();

const fetchOpenTickets = task(async (queue: string, limit: number): Promise<Ticket[]> => {
  const r = await fetch(`https://help.example.com/api/queues/${queue}/tickets?status=open&limit=${limit}`);
  return (await r.json()) as Ticket[];
});

const classify = task(async (ticket: Ticket): Promise<Triage> => {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: "Return JSON with labels (string[]), priority (p1|p2|p3) and summary." },
      { role: "user", content: `${ticket.subject}\n\n${ticket.body}` },
    ],
  });
  const parsed = JSON.parse(res.choices[0].message.content ?? "{}");
  return { ticketId: ticket.id, labels: parsed.labels ?? [], priority: parsed.priority ?? "p3", summary: parsed.summary ?? "" };
});

const applyTriage = task(async (t: Triage) => {
  await fetch(`https://help.example.com/api/tickets/${t.ticketId}`, { method: "PATCH", body: JSON.stringify({ labels: t.labels, priority: t.priority }) });
  return { ticketId: t.ticketId };
});

const pageOnCall = task(async (summary: string) => {
  await fetch("https://events.pagerduty.com/v2/enqueue", { method: "POST", body: JSON.stringify({ event_action: "trigger", payload: { summary, severity: "critical", source: "triage" } }) });
  return { paged: true };
});

export const main = workflow(async (queue: string = "support", limit: number = 25, recheckMinutes: number = 15) => {
  const startedAt = await step("started_at", () => new Date().toISOString());
  const tickets = await fetchOpenTickets(queue, limit);
  const triaged = await parallel(tickets, classify, { concurrency: 5 });
  const enterpriseP1 = triaged.filter((t, i) => t.priority === "p1" && tickets[i].customerTier === "enterprise");

  await parallel(triaged, applyTriage, { concurrency: 5 });
  if (enterpriseP1.length > 0) {
    const lines = enterpriseP1.map((t) => `${t.ticketId}: ${t.summary}`).join("\n");
    await pageOnCall(`Enterprise P1 tickets since ${startedAt}:\n${lines}`);
    await sleep(recheckMinutes * 60);
  }
  const labels = [...new Set(triaged.flatMap((t) => t.labels))];
  return { startedAt, triaged: triaged.length, paged: enterpriseP1.length, labels };
});
