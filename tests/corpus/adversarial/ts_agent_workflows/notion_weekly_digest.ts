// SDK: windmill-client 1.818.0 client.mjs: the body replays after each task; a window start computed from Date.now() in the body moves every round, so later tasks query another week.
import { Client } from "@notionhq/client";
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

type Page = { id: string; title: string; edited: string };

const pagesEditedSince = task(async (databaseId: string, sinceIso: string): Promise<Page[]> => {
  const notion = new Client({ auth: Bun.env.NOTION_TOKEN });
  const res = await notion.databases.query({ database_id: databaseId, filter: { timestamp: "last_edited_time", last_edited_time: { after: sinceIso } } });
  return res.results.map((p: any) => ({ id: p.id, title: p.properties?.Name?.title?.[0]?.plain_text ?? "(untitled)", edited: p.last_edited_time }));
});

const summarize = task(async (titles: string[]) => {
  const ai = new OpenAI();
  const r = await ai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Summarize this week's changes:\n${titles.join("\n")}` }] });
  return r.choices[0].message.content ?? "";
});

const postToSlack = task(async (webhook: string, text: string) => {
  const r = await fetch(webhook, { method: "POST", body: JSON.stringify({ text }) });
  return { ok: r.ok };
});

export const main = workflow(async (databaseId: string, slackWebhook: string, days: number = 7) => {
  const since = new Date(Date.now() - days * 86_400_000).toISOString(); // expect: WAC102
  const pages = await pagesEditedSince(databaseId, since);
  if (pages.length === 0) return { posted: false };
  const summary = await summarize(pages.map((p) => p.title));
  const res = await postToSlack(slackWebhook, `*Weekly digest* (${pages.length} pages)\n${summary}`);
  return { posted: res.ok, pages: pages.length };
});
