// MISTAKE: tasks created inside the workflow body instead of at module top
// level (Windmill's parser does not see them).
import { task, taskScript, workflow } from "windmill-client";

const saveSummaries = task(async (summaries: { url: string; summary: string }[]) => {
  const res = await fetch("https://kb.example/api/summaries", { method: "POST", body: JSON.stringify(summaries) });
  if (!res.ok) throw new Error(`kb: ${res.status}`);
  return summaries.length;
});

export const main = workflow(async (urls: string[]) => {
  const summarizePage = task(async (url: string) => { // expect: WAC003
    const html = await (await fetch(url)).text();
    const res = await fetch("https://llm-gateway.example/v1/summarize", { method: "POST", body: JSON.stringify({ html }) });
    return { url, summary: (await res.json()).summary as string };
  });
  const translate = taskScript("f/ai/translate", { timeout: 120 }); // expect: WAC003

  const summaries = [];
  for (const url of urls) {
    const s = await summarizePage(url);
    const translated = await translate({ text: s.summary, to: "en" });
    summaries.push({ url, summary: translated.text as string });
  }
  const saved = await saveSummaries(summaries);
  return { saved };
});
