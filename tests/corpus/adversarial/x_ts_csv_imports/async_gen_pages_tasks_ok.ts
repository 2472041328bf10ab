// SDK: windmill-client 1.818.0: each `yield await fetchPage(...)` awaits the task's { then } inside the generator; for await drives it in body order, so the keys fetchPage, fetchPage_2, ... are the same every replay
import { task, workflow } from "windmill-client";

type Page = { rows: { id: string; email: string }[]; next: string | null };

const fetchPage = task(async (source: string, cursor: string | null) => {
  const url = new URL(source);
  if (cursor) url.searchParams.set("cursor", cursor);
  const r = await fetch(url, { headers: { Authorization: `Bearer ${process.env.EXPORT_TOKEN}` } });
  return (await r.json()) as Page;
});

const loadRows = task(async (rows: { id: string; email: string }[]) => {
  const r = await fetch("https://warehouse.internal/api/contacts", { method: "POST", body: JSON.stringify(rows) });
  return r.ok ? rows.length : 0;
});

async function* pages(source: string, maxPages: number) {
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page: Page = await fetchPage(source, cursor);
    yield page.rows;
    if (!page.next) return;
    cursor = page.next;
  }
}

export const main = workflow(async (source: string, maxPages = 50) => {
  let loaded = 0;
  for await (const rows of pages(source, maxPages)) {
    loaded += await loadRows(rows);
  }
  return { loaded };
});
