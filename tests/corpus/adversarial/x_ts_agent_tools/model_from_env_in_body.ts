// SDK: windmill-client 1.818.0 task(): args are recorded per step; process.env read in the body is read again by each round's process
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

const answer = task(async (model: string, prompt: string) => {
  const openai = new OpenAI();
  const r = await openai.chat.completions.create({ model, messages: [{ role: "user", content: prompt }] });
  return r.choices[0].message.content ?? "";
});

const grade = task(async (model: string, prompt: string, candidate: string) => {
  const openai = new OpenAI();
  const r = await openai.chat.completions.create({
    model,
    messages: [{ role: "user", content: `Score 1-10 how well this answers "${prompt}":\n${candidate}` }],
  });
  return Number.parseInt(r.choices[0].message.content ?? "0", 10);
});

export const main = workflow(async (prompts: string[]) => {
  const model = process.env.OPENAI_MODEL ?? "gpt-4o-mini"; // expect: WAC102
  const results = [];
  for (const p of prompts) {
    const a = await answer(model, p);
    results.push({ prompt: p, score: await grade("gpt-4o", p, a) });
  }
  return results;
});
