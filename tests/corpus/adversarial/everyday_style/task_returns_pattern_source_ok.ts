// SDK: windmill-client 1.818.0 client.mjs: the task returns the pattern's source string, which JSON carries; the RegExp is rebuilt in the body from it.
import { task, workflow } from "windmill-client";

const buildFilter = task(async (terms: string[]) => {
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return `\\b(${escaped.join("|")})\\b`;
});
const fetchTitles = task(async (feed: string) => [`${feed}: launch`, `${feed}: outage`]);

export const main = workflow(async (feed: string, terms: string[]) => {
  const filter = new RegExp(await buildFilter(terms), "i");
  const titles = await fetchTitles(feed);
  return titles.filter((t) => filter.test(t));
});
