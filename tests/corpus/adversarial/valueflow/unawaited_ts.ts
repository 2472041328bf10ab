// SDK: windmill-client 1.818.0 client.mjs _nextStep pushes the step to `pending` and returns a thenable; never awaited, its result/failure go unobserved.
import { task, workflow } from "windmill-client";

const refreshSearch = task(async (index: string) => ({ index, refreshed: true }));
const importProducts = task(async (feed: string) => ({ feed, imported: 250 }));

export const main = workflow(async (feed: string, index: string) => {
  const imported = await importProducts(feed);
  const refresh = refreshSearch(index); // expect: WAC106
  return { imported: imported.imported, refresh: "requested" };
});
