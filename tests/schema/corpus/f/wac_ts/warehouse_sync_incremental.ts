// Incremental sync from a paginated REST API into the warehouse: follow the
// cursor until the API reports no more pages (at least one page is fetched).
import { task, taskScript, workflow } from "windmill-client";

const upsertRows = taskScript("f/warehouse/upsert_rows", { timeout: 600, tag: "etl" });
const saveCursor = taskScript("f/warehouse/save_cursor");
const readCursor = taskScript("f/warehouse/read_cursor");

const fetchPage = task(
  async (endpoint: string, cursor: string, pageSize: number) => {
    const res = await fetch(`${endpoint}?cursor=${encodeURIComponent(cursor)}&limit=${pageSize}`);
    if (!res.ok) throw new Error(`API: ${res.status}`);
    return (await res.json()) as { data: unknown[]; next_cursor: string; has_more: boolean };
  },
  { timeout: 300 },
);

export const main = workflow(async (endpoint: string, table: string, pageSize: number = 1000) => {
  let cursor: string = await readCursor({ table });
  let hasMore = true;
  let pages = 0;
  do {
    const page = await fetchPage(endpoint, cursor, pageSize);
    await upsertRows({ table, rows: page.data });
    cursor = page.next_cursor;
    hasMore = page.has_more;
    pages++;
  } while (hasMore);
  await saveCursor({ table, cursor });
  return { pages, cursor };
});
