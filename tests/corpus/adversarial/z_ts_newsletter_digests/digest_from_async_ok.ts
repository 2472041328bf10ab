// SDK: windmill-client 1.818.0 client.mjs: a task call returns a thenable; Array.fromAsync and for await both await each value in order, so every task result is consumed and the dispatch order is the array's.
import { workflow, task } from "windmill-client";

const renderSection = task(async (issue: number, section: string) => {
  const res = await fetch(`https://cms.example-news.com/api/issues/${issue}/sections/${section}`);
  return (await res.json()) as { section: string; html: string };
});

const summarize = task(async (issue: number, kind: "headline" | "teaser") => {
  const res = await fetch("https://api.openai.example.com/v1/summaries", {
    method: "POST",
    body: JSON.stringify({ issue, kind }),
  });
  return (await res.text()).trim();
});

const SECTIONS = ["product", "engineering", "community", "events"];

export const main = workflow(async (issue: number) => {
  const sections = await Array.fromAsync(SECTIONS, (s) => renderSection(issue, s));

  const blurbs: string[] = [];
  for await (const text of [summarize(issue, "headline"), summarize(issue, "teaser")]) {
    blurbs.push(text);
  }

  return {
    issue,
    html: sections.map((s) => s.html).join("\n<hr/>\n"),
    headline: blurbs[0],
    teaser: blurbs[1],
  };
});
