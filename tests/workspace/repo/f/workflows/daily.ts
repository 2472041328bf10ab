import { task, taskFlow, taskScript, workflow } from "windmill-client";
import { notify, slugify } from "/f/lib/helpers.ts";

const extract = taskScript("f/etl/extract");
const load = taskScript("f/etl/load");
const pipeline = taskFlow("f/etl/pipeline");

const summarise = task(async (rows: object[]): Promise<string> => {
  return `${rows.length} rows`;
});

export const main = workflow(async (url: string, date: string) => {
  const rows = await extract({ url, limit: 50 });
  await load({ rows, table: slugify("daily rows") });
  await pipeline({ date });
  await notify("#etl", await summarise(rows));
  return rows;
});
