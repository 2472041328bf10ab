// Top articles report: query the warehouse gateway for the day's most read articles.
import { task, workflow } from "windmill-client";
import { label } from "/f/shared/index.ts";
import { wh } from "/f/shared/wh.ts";

const exportRows = task(async (title: string, rows: { article: string; views: number }[]) => {
  const resp = await fetch("https://reports.internal/api/reports", {
    method: "POST",
    body: JSON.stringify({ title, rows }),
  });
  return (await resp.json()).url as string;
});

export const main = workflow(async (day: string, limit = 25) => {
  const table = wh.table("pageviews_news", day);
  const top = await wh.query<{ article: string; views: number }>( // expect: WAC101
    `select article, count(*) as views from ${table} group by 1 order by 2 desc limit $1`,
    [limit],
  );
  const title = `Top ${limit} articles, ${label(day, true)}`; // expect: WAC102
  const url = await exportRows(title, top);
  return { day, url, articles: top.length };
});
