// SDK: windmill-client 1.818.0 client.mjs: task() called inside the workflow runs (key from fn.name or "step"), but Windmill's parser only collects top-level tasks (guide: "Define task functions ... at module top level").
import { parallel, step, task, workflow } from "windmill-client";
import Anthropic from "@anthropic-ai/sdk";

const MODEL = "claude-3-5-sonnet-latest";
const MAX_SOURCES = 5;

type Source = { url: string; title: string };

const searchWeb = task(async (query: string): Promise<Source[]> => {
  const res = await fetch(`https://api.search.brave.com/res/v1/web/search?q=${encodeURIComponent(query)}`, {
    headers: { "X-Subscription-Token": process.env.BRAVE_KEY ?? "" },
  });
  const body = (await res.json()) as { web: { results: { url: string; title: string }[] } };
  return body.web.results.slice(0, MAX_SOURCES).map((r) => ({ url: r.url, title: r.title }));
});

const summarize = task(async (question: string, notes: string[]) => {
  const client = new Anthropic();
  const msg = await client.messages.create({
    model: MODEL,
    max_tokens: 1024,
    messages: [{ role: "user", content: `Question: ${question}\n\nNotes:\n${notes.join("\n---\n")}` }],
  });
  const first = msg.content[0];
  return first && first.type === "text" ? first.text : "";
});

function trim(text: string, limit = 4000): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

export const main = workflow(async (question: string) => {
  const sources = await searchWeb(question);
  const readPage = task(async (src: Source) => { // expect: WAC003
    const res = await fetch(src.url);
    return trim(await res.text());
  });
  const pages = await parallel(sources, readPage, { concurrency: 3 });
  const answer = await summarize(question, pages);
  const wordCount = await step("word_count", () => answer.split(/\s+/).length);
  return { question, answer, sources: sources.map((s) => s.url), wordCount };
});
