// SDK: windmill-client 1.818.0 index.js: `step(name, fn)` checkpoints `fn()`'s result through `JSON.stringify` (`encodeCheckpointPayload`) and hands back the parsed copy; ai's `streamText` returns a result object whose `text` / `usage` are promise getters on its prototype, so the checkpointed copy has no `text` and the reply is `undefined`
import { task, step, workflow } from "windmill-client";
import { streamText } from "ai";
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
  const result = await step("draft_reply", () =>
    streamText({ // expect: WAC107
      model: openai("gpt-4o-mini"),
      system: "You are a concise, friendly support agent for Northwind.",
      prompt: `Subject: ${ticket.subject}\n\n${ticket.body}`,
    }),
  );
  const draft = await result.text;
  await postDraft(ticketId, draft);
  return { ticketId, chars: draft.length };
});
