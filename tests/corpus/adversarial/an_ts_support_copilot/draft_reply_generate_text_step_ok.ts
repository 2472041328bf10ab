// SDK: windmill-client 1.818.0 index.js: `step(name, fn)` awaits `fn()` once and checkpoints its JSON; the callback awaits ai's `generateText` inside the step and returns plain strings and numbers, which survive the round trip
import { task, step, workflow } from "windmill-client";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

type Ticket = { id: string; subject: string; body: string; customerEmail: string };

const loadTicket = task(async function loadTicket(ticketId: string): Promise<Ticket> {
  const r = await fetch(`https://helpdesk.northwind.example/api/tickets/${ticketId}`);
  if (!r.ok) throw new Error(`ticket ${ticketId}: ${r.status}`);
  return (await r.json()) as Ticket;
});

const postDraft = task(async function postDraft(ticketId: string, draft: string) {
  await fetch(`https://helpdesk.northwind.example/api/tickets/${ticketId}/drafts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ body: draft, author: "copilot" }),
  });
  return { saved: true };
});

export const main = workflow(async (ticketId: string) => {
  const ticket = await loadTicket(ticketId);
  const draft = await step("draft_reply", async () => {
    const { text, usage } = await generateText({
      model: openai("gpt-4o-mini"),
      system: "You are a concise, friendly support agent for Northwind.",
      prompt: `Subject: ${ticket.subject}\n\n${ticket.body}`,
    });
    return { text, totalTokens: usage.totalTokens };
  });
  await postDraft(ticketId, draft.text);
  return { ticketId, chars: draft.text.length, tokens: draft.totalTokens };
});
