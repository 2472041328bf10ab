// SDK: windmill-client 1.818.0 client.mjs: the body re-runs after the task completes; the OpenAI request in the body is repeated (and billed) each time.
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

const openai = new OpenAI();

const loadArticle = task(async (id: string) => ({ id, text: "..." }));
const publish = task(async (id: string, summary: string) => ({ id, summary }));

export const main = workflow(async (id: string) => {
  const article = await loadArticle(id);
  const completion = await openai.chat.completions.create({ // expect: WAC101
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Summarise: ${article.text}` }],
  });
  return await publish(id, completion.choices[0].message.content ?? "");
});
