// SDK: windmill-client 1.818.0 _nextStep reads options.timeout (seconds); a key `timeoutMs` is ignored, so the task keeps the worker's default timeout
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

const AGENT_OPTS = {
  timeoutMs: 600_000, // expect: WAC302
  tag: "llm",
} satisfies Record<string, string | number>;

const research = task(async (topic: string) => {
  const openai = new OpenAI();
  const r = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: `Research and write a brief on ${topic}` }],
  });
  return r.choices[0].message.content ?? "";
}, AGENT_OPTS);

const publish = task(async (topic: string, brief: string) => {
  const r = await fetch("https://wiki.internal/api/pages", {
    method: "POST",
    body: JSON.stringify({ title: topic, body: brief }),
  });
  return r.ok;
});

export const main = workflow(async (topics: string[]) => {
  const published: string[] = [];
  for (const t of topics) {
    const brief = await research(t);
    if (await publish(t, brief)) published.push(t);
  }
  return { published };
});
