// SDK: windmill-client 1.818.0 client.mjs task(): `as` changes only the type; windmill-oracle dag: a task wrapped in a cast is not drawn in Windmill's diagram.
import { task, workflow } from "windmill-client";

type Upsert = (email: string) => Promise<{ email: string; upserted: boolean }>;

const upsert = task(async function upsertContact(email: string) { // expect: WAC003
  return { email, upserted: true };
}) as Upsert;

export const main = workflow(async (email: string) => {
  return await upsert(email);
});
