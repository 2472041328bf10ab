// SDK: windmill-client 1.818.0 client.mjs: each fetch is a task of its own; the body only maps ids to durable calls.
import { task, workflow } from "windmill-client";

const load = task(async (id: string) => (await (await fetch(`https://people.example.com/${id}`)).json()) as { id: string });
const enrich = task(async (profile: { id: string }) => ({ ...profile, enriched: true }));

export const main = workflow(async (ids: string[]) => {
  return await Promise.all(ids.map(async (id) => await enrich(await load(id))));
});
