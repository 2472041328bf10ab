// SDK: windmill-client 1.818.0 client.mjs step(): the model call runs once in the step; openai("...") only names the model.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { step, task, workflow } from "windmill-client";

const loadTicket = task(async (id: string) => ({ id, body: "Refund please" }));
const reply = task(async (id: string, text: string) => ({ id, text }));

export const main = workflow(async (id: string) => {
  const ticket = await loadTicket(id);
  const model = openai("gpt-4o-mini");
  const text = await step("draft", async () => (await generateText({ model, prompt: ticket.body })).text);
  return await reply(id, text);
});
