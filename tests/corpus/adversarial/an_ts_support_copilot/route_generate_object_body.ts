// SDK: windmill-client 1.818.0 index.js: the body is replayed from the top after each task; ai's `generateObject` sends the prompt to the model from the body, so each round pays for a new classification and may get a different queue, after the first round's task was already keyed on the old one
import { task, workflow } from "windmill-client";
import { generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

const Routing = z.object({
  queue: z.enum(["billing", "shipping", "returns", "technical"]),
  priority: z.enum(["low", "normal", "urgent"]),
  summary: z.string().max(280),
});

const assignQueue = task(async function assignQueue(ticketId: string, queue: string, priority: string) {
  const r = await fetch(`https://helpdesk.northwind.example/api/tickets/${ticketId}/assign`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ queue, priority }),
  });
  return { assigned: r.ok };
});

const pageOnCall = task(async function pageOnCall(ticketId: string, summary: string) {
  await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    body: JSON.stringify({ routing_key: "R0UT1NG", event_action: "trigger", payload: { summary, source: ticketId, severity: "error" } }),
  });
  return { paged: true };
});

export const main = workflow(async (ticketId: string, subject: string, body: string) => {
  const { object: routing } = await generateObject({ // expect: WAC101
    model: openai("gpt-4o-mini"),
    schema: Routing,
    prompt: `Route this support ticket.\nSubject: ${subject}\n\n${body}`,
  });
  await assignQueue(ticketId, routing.queue, routing.priority);
  if (routing.priority === "urgent") {
    await pageOnCall(ticketId, routing.summary);
  }
  return routing;
});
