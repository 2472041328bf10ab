// SDK: windmill-client 1.818.0 client.mjs step(): each page is fetched inside a step named by a fixed string; the cursor comes from the checkpointed result.
import { step, task, workflow } from "windmill-client";

const importRow = task(async (row: { id: string }) => row.id);

export const main = workflow(async (api: string) => {
  const first = await step("first_page", async () => {
    const r = await fetch(`${api}/rows?cursor=`);
    return (await r.json()) as { rows: { id: string }[]; next: string | null };
  });
  const done: string[] = [];
  for (const row of first.rows) done.push(await importRow(row));
  return { done, next: first.next };
});
