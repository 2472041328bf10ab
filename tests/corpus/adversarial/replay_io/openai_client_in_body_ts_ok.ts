// SDK: windmill-client 1.818.0 client.mjs step(): the completion request runs in the step; new OpenAI() in the body sends nothing.
import OpenAI from "openai";
import { step, task, workflow } from "windmill-client";

const save = task(async (answer: string) => answer.length);

export const main = workflow(async (question: string) => {
  const openai = new OpenAI({ timeout: 30_000 });
  const answer = await step("ask", async () => {
    const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
    return r.choices[0].message.content ?? "";
  });
  return await save(answer);
});
