// SDK: windmill-client 1.818.0 client.mjs: the same scraper written correctly: robots.txt read in a task; a JS Set keeps insertion order, so `[...new Set(urls)]` dispatches in the same order each replay.
import * as cheerio from "cheerio";
import { parallel, task, workflow } from "windmill-client";

type Page = { items: { url: string; title: string }[]; nextCursor: string | null };

const allowedByRobots = task(async (baseUrl: string) => {
  const robots = await (await fetch(new URL("/robots.txt", baseUrl))).text();
  return !/Disallow:\s*\/api\/listings/.test(robots);
});

const fetchPage = task(async (baseUrl: string, cursor: string | null): Promise<Page> => {
  const url = new URL("/api/listings", baseUrl);
  if (cursor) url.searchParams.set("cursor", cursor);
  const r = await fetch(url);
  if (!r.ok) throw new Error(`listing page failed: ${r.status}`);
  return (await r.json()) as Page;
});

const scrapeDetail = task(async (url: string) => {
  const html = await (await fetch(url)).text();
  const $ = cheerio.load(html);
  return { url, price: $("[data-price]").attr("data-price") ?? null, sku: $("meta[name=sku]").attr("content") ?? null };
});

const upsertListings = task(async (rows: { url: string; price: string | null; sku: string | null }[]) => {
  const r = await fetch("https://warehouse.example.com/api/listings/bulk", { method: "PUT", body: JSON.stringify(rows) });
  return { upserted: rows.length, ok: r.ok };
});

export const main = workflow(async (baseUrl: string, maxPages: number = 20, concurrency: number = 4) => {
  if (!(await allowedByRobots(baseUrl))) return { skipped: true };

  const urls: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const res: Page = await fetchPage(baseUrl, cursor);
    urls.push(...res.items.map((i) => i.url));
    if (!res.nextCursor) break;
    cursor = res.nextCursor;
  }
  const unique = [...new Set(urls)];
  const details = await parallel(unique, scrapeDetail, { concurrency });
  const saved = await upsertListings(details);
  return { pages: urls.length, unique: unique.length, ...saved };
});
