// SDK: windmill-client 1.818.0 client.mjs: a task's result is stored in the checkpoint as JSON; JSON.stringify(new RegExp(...)) is "{}", so the workflow gets an empty object back.
import { task, workflow } from "windmill-client";

const buildFilter = task(async (terms: string[]) => {
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`\\b(${escaped.join("|")})\\b`, "i"); // expect: WAC107
});
const fetchTitles = task(async (feed: string) => [`${feed}: launch`, `${feed}: outage`]);

export const main = workflow(async (feed: string, terms: string[]) => {
  const filter = await buildFilter(terms);
  const titles = await fetchTitles(feed);
  return titles.filter((t) => filter.test(t));
});
