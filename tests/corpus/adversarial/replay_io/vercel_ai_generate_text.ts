// SDK: windmill-client 1.818.0 client.mjs: generateText from the AI SDK calls the model's API; in the body it is called (and billed) again after each task.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { task, workflow } from "windmill-client";

const loadTicket = task(async (id: string) => ({ id, body: "Refund please" }));
const reply = task(async (id: string, text: string) => ({ id, text }));

export const main = workflow(async (id: string) => {
  const ticket = await loadTicket(id);
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: ticket.body }); // expect: WAC101
  return await reply(id, text);
});
