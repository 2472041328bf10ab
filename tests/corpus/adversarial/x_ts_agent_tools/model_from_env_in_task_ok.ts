// SDK: windmill-client 1.818.0 task(): the task body runs once in its own job; Bun.env / process.env read there are that job's configuration
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

const answer = task(async (prompt: string) => {
  const model = Bun.env.OPENAI_MODEL ?? "gpt-4o-mini";
  const openai = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL });
  const r = await openai.chat.completions.create({ model, messages: [{ role: "user", content: prompt }] });
  return { model, text: r.choices[0].message.content ?? "" };
});

const store = task(async (rows: { prompt: string; model: string; text: string }[]) => {
  const r = await fetch(`${process.env.EVALS_API ?? "https://evals.internal"}/api/runs`, {
    method: "POST",
    body: JSON.stringify(rows),
  });
  return r.ok;
});

export const main = workflow(async (prompts: string[]) => {
  const rows = [];
  for (const p of prompts) {
    const { model, text } = await answer(p);
    rows.push({ prompt: p, model, text });
  }
  return { stored: await store(rows), count: rows.length };
});
