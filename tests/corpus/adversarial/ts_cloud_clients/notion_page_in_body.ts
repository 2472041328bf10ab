// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; the Notion page is created again on every round.
import { Client } from "@notionhq/client";
import { task, workflow } from "windmill-client";

const notion = new Client({ auth: process.env.NOTION_TOKEN });
const summarize = task(async (text: string) => text.slice(0, 200));

export const main = workflow(async (dbId: string, text: string) => {
  const summary = await summarize(text);
  await notion.pages.create({ // expect: WAC101
    parent: { database_id: dbId },
    properties: { Name: { title: [{ text: { content: summary } }] } },
  });
  return summary;
});
