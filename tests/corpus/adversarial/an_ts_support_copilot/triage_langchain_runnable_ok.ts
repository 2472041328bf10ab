// SDK: windmill-client 1.818.0 index.js: the body re-runs after each task; building a LangChain prompt and a model's `withStructuredOutput` runnable sends nothing (its `invoke` does, here inside the `classify` task, whose plain-object result is checkpointed)
import { task, workflow } from "windmill-client";
import { ChatOpenAI } from "@langchain/openai";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { z } from "zod";

const Triage = z.object({ queue: z.enum(["billing", "shipping", "technical"]), urgent: z.boolean() });

const prompt = ChatPromptTemplate.fromMessages([
  ["system", "Route the ticket for the Northwind support desk."],
  ["human", "{ticket}"],
]);

const classify = task(async function classify(ticket: string) {
  const model = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });
  const chain = prompt.pipe(model.withStructuredOutput(Triage));
  return (await chain.invoke({ ticket })) as z.infer<typeof Triage>;
});

const assign = task(async function assign(ticketId: string, queue: string, urgent: boolean) {
  await fetch(`https://helpdesk.northwind.example/api/tickets/${ticketId}/assign`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ queue, urgent }),
  });
  return { assigned: true };
});

export const main = workflow(async (ticketId: string, ticket: string) => {
  const routing = await classify(ticket);
  await assign(ticketId, routing.queue, routing.urgent);
  return routing;
});
