// SDK: windmill-client 1.818.0 client.mjs: the body replays; Meilisearch addDocuments enqueues an indexing task each replay.
import { MeiliSearch } from "meilisearch";
import { task, workflow } from "windmill-client";

const search = new MeiliSearch({ host: "http://meili:7700" });

const load = task(async (ids: string[]) => ids.map((id) => ({ id, title: `Doc ${id}` })));

export const main = workflow(async (ids: string[]) => {
  const docs = await load(ids);
  await search.index("docs").addDocuments(docs); // expect: WAC101
  return docs.length;
});
