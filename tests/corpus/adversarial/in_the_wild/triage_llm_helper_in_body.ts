// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; an LLM call made by a helper the body awaits is billed and answered again each round (and may answer differently).
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

const route = task(async (label: string, ticketId: string) => ({ ticketId, queue: label }));

export const main = workflow(async (ticketId: string, text: string) => {
  const label = await classify(text); // expect: WAC101
  return await route(label, ticketId);
});
