// SDK: windmill-client 1.818.0 index.js: the whole tool-calling run happens inside the `answerWithTools` task's job; its tool's `execute` fetches the order directly (no durable call inside the task), and the task returns plain JSON
import { task, workflow } from "windmill-client";
import { generateText, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

async function fetchOrder(orderId: string) {
  const r = await fetch(`https://orders.northwind.example/api/orders/${orderId}`, { signal: AbortSignal.timeout(10_000) });
  return (await r.json()) as { id: string; status: string; total: number };
}

const answerWithTools = task(async function answerWithTools(question: string) {
  const { text, steps } = await generateText({
    model: openai("gpt-4o-mini"),
    maxSteps: 4,
    tools: {
      lookupOrder: tool({
        description: "Fetch an order by id",
        parameters: z.object({ orderId: z.string() }),
        execute: async ({ orderId }) => fetchOrder(orderId),
      }),
    },
    prompt: question,
  });
  return { text, toolSteps: steps.length };
}, { timeout: 300 });

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
