// SDK: windmill-client 1.818.0 client.mjs: a module-level client constructed without I/O and used only inside a task does its requests in the task's job; module code reading process.env is not the workflow body.
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

async function classify(text: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Label as bug, billing or other: ${text}` }],
  });
  return res.choices[0].message.content ?? "other";
}

const label = task(async (text: string) => classify(text));
const route = task(async (queue: string, ticketId: string) => ({ ticketId, queue }));

export const main = workflow(async (ticketId: string, text: string) => {
  return await route(await label(text), ticketId);
});
