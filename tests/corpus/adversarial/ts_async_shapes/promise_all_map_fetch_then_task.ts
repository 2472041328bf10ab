// SDK: windmill-client 1.818.0 client.mjs: the map callback runs in the body; its fetch repeats on every replay even though a task follows it.
import { task, workflow } from "windmill-client";

const enrich = task(async (profile: { id: string }) => ({ ...profile, enriched: true }));

export const main = workflow(async (ids: string[]) => {
  return await Promise.all(
    ids.map(async (id) => {
      const r = await fetch(`https://people.example.com/${id}`); // expect: WAC101
      return await enrich((await r.json()) as { id: string });
    }),
  );
});
