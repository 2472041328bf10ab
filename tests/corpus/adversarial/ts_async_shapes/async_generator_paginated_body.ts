// SDK: windmill-client 1.818.0 client.mjs: the body replays; an async generator defined in the body fetches each page there.
import { task, workflow } from "windmill-client";

const importRow = task(async (row: { id: string }) => row.id);

export const main = workflow(async (api: string) => {
  async function* pages() {
    let cursor: string | null = "";
    while (cursor !== null) {
      const r = await fetch(`${api}/rows?cursor=${cursor}`);
      const body = (await r.json()) as { rows: { id: string }[]; next: string | null };
      yield body.rows;
      cursor = body.next;
    }
  }
  const done: string[] = [];
  for await (const rows of pages()) { // expect: WAC101
    for (const row of rows) done.push(await importRow(row));
  }
  return done;
});
