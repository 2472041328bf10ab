// SDK: windmill-client 1.818.0 client.mjs task(): keyed `upsertContact`; windmill-oracle dag: a type annotation on the const keeps the task drawn.
import { task, workflow } from "windmill-client";

type Upsert = (email: string) => Promise<{ email: string; upserted: boolean }>;

const upsert: Upsert = task(async function upsertContact(email: string) {
  return { email, upserted: true };
});

export const main = workflow(async (email: string) => {
  return await upsert(email);
});
