// SDK: windmill-client 1.818.0 client.mjs: @notionhq/client's isFullPage is a type guard over a result already fetched (by the task); filtering with it in the body does no request.
import { Client, isFullPage } from "@notionhq/client";
import { task, workflow } from "windmill-client";

const notion = new Client({ auth: Bun.env.NOTION_TOKEN });

const queryDb = task(async (databaseId: string) => {
  const res = await notion.databases.query({ database_id: databaseId, page_size: 50 });
  return res.results;
});
const archivePage = task(async (pageId: string) => {
  await notion.pages.update({ page_id: pageId, archived: true });
  return { pageId };
});

export const main = workflow(async (databaseId: string, olderThan: string) => {
  const results = await queryDb(databaseId);
  const stale = results.filter(isFullPage).filter((p) => p.last_edited_time < olderThan);
  const done = [];
  for (const p of stale) done.push(await archivePage(p.id));
  return { archived: done.length };
});
