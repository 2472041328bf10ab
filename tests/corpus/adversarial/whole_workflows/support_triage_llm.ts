// SDK: windmill-client 1.818.0 client.mjs: task() dispatches only inside the workflow context; a catch around a task promise without rethrowing the StepSuspend error ("__step_suspend__", name StepSuspend) swallows the first dispatch.
import { step, task, workflow } from "windmill-client";
import OpenAI from "openai";

const MODEL = "gpt-4o-mini";
const CATEGORIES = ["billing", "bug", "feature", "other"];

type Ticket = { id: number; subject: string; body: string; customerTier: "free" | "pro" | "enterprise" };

const classify = task(async (ticket: Ticket) => {
  const client = new OpenAI();
  const completion = await client.chat.completions.create({
    model: MODEL,
    messages: [
      { role: "system", content: `Classify into one of: ${CATEGORIES.join(", ")}. Answer with the word only.` },
      { role: "user", content: `${ticket.subject}\n\n${ticket.body}` },
    ],
  });
  const label = completion.choices[0]?.message?.content?.trim().toLowerCase() ?? "other";
  return CATEGORIES.includes(label) ? label : "other";
});

const draftReply = task(async (ticket: Ticket, category: string) => {
  const client = new OpenAI();
  const completion = await client.chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: `Draft a short ${category} support reply to: ${ticket.body}` }],
  });
  return completion.choices[0]?.message?.content ?? "";
});

const assignInZendesk = task(async (ticketId: number, group: string, draft: string) => {
  await fetch(`https://acme.zendesk.com/api/v2/tickets/${ticketId}`, {
    method: "PUT",
    body: JSON.stringify({ ticket: { group, comment: { body: draft, public: false } } }),
  });
  return { ticketId, group };
});

function groupFor(category: string, tier: Ticket["customerTier"]): string {
  if (tier === "enterprise") return "tier2";
  return category === "bug" ? "engineering" : "support";
}

export const main = workflow(async (tickets: Ticket[]) => {
  const results: { id: number; category: string; group: string }[] = [];
  for (const ticket of tickets) {
    let category = "other";
    try {
      category = await classify(ticket);
    } catch (err) { // expect: WAC202
      console.warn(`classification failed for ${ticket.id}`, err);
    }
    const draft = await draftReply(ticket, category);
    const group = groupFor(category, ticket.customerTier);
    await assignInZendesk(ticket.id, group, draft);
    results.push({ id: ticket.id, category, group });
  }
  const summary = await step("summary", () => ({
    total: results.length,
    byGroup: results.reduce<Record<string, number>>((acc, r) => {
      acc[r.group] = (acc[r.group] ?? 0) + 1;
      return acc;
    }, {}),
  }));
  return { results, summary };
});
