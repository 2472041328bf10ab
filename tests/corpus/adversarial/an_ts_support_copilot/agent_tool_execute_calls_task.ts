// SDK: windmill-client 1.818.0 index.js: a task's function runs in its own job, which replays the body with `_executingKey` set to that task's key; a task called while it runs gets another key, and `_nextStep` returns `{ then: () => new Promise(() => {}) }` for it, so the tool's `execute` never resolves and the job hangs until its timeout
import { task, workflow } from "windmill-client";
import { generateText, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

const lookupOrder = task(async function lookupOrder(orderId: string) {
  const r = await fetch(`https://orders.northwind.example/api/orders/${orderId}`);
  return (await r.json()) as { id: string; status: string; total: number };
});

const answerWithTools = task(async function answerWithTools(question: string) {
  const { text, steps } = await generateText({
    model: openai("gpt-4o-mini"),
    maxSteps: 4,
    tools: {
      lookupOrder: tool({
        description: "Fetch an order by id",
        parameters: z.object({ orderId: z.string() }),
        execute: async ({ orderId }) => lookupOrder(orderId), // expect: WAC304
      }),
    },
    prompt: question,
  });
  return { text, toolSteps: steps.length };
});

const sendReply = task(async function sendReply(ticketId: string, text: string) {
  await fetch(`https://helpdesk.northwind.example/api/tickets/${ticketId}/replies`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ body: text }),
  });
  return { sent: true };
});

export const main = workflow(async (ticketId: string, question: string) => {
  const answer = await answerWithTools(question);
  await sendReply(ticketId, answer.text);
  return answer;
});
