// SDK: windmill-client 1.818.0 client.mjs: the same digest with the window start captured once by step(); the arithmetic on it in the body is then the same every replay.
import { Client } from "@notionhq/client";
import OpenAI from "openai";
import { step, task, workflow } from "windmill-client";

type Page = { id: string; title: string; edited: string };

const notion = new Client({ auth: Bun.env.NOTION_TOKEN });

const pagesEditedSince = task(async (databaseId: string, sinceIso: string): Promise<Page[]> => {
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
  const nowMs = await step("now", () => Date.now());
  const since = new Date(nowMs - days * 86_400_000).toISOString();
  const pages = await pagesEditedSince(databaseId, since);
  if (pages.length === 0) return { posted: false };
  const summary = await summarize(pages.map((p) => p.title));
  const res = await postToSlack(slackWebhook, `*Weekly digest* (${pages.length} pages)\n${summary}`);
  return { posted: res.ok, pages: pages.length };
});
