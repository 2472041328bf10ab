// Re-index search shards: a C-style `for` over pages, and a `for...in` over
// the shards returned by the first task.
import { sleep, task, taskScript, workflow } from "windmill-client";

const listShards = task(async (index: string): Promise<Record<string, number>> => {
  const res = await fetch(`https://search.example/${index}/shards`);
  return await res.json();
});
const reindexPage = taskScript("f/search/reindex_page");
const refresh = task(async function refreshIndex(index: string) {
  await fetch(`https://search.example/${index}/_refresh`, { method: "POST" });
});

export const main = workflow(async (index: string, pages: number) => {
  const shards = await listShards(index);
  for (let page = 0; page < pages; page++) {
    await reindexPage({ index, page });
    if (page % 10 === 9) await sleep(30);
  }
  for (const shard in shards) {
    await reindexPage({ index, shard });
  }
  await refresh(index);
  return { index, pages };
});
