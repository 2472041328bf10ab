// SDK: windmill-client 1.818.0 client.mjs: the body replays; a knex insert in the body inserts again on each replay.
import knex from "knex";
import { task, workflow } from "windmill-client";

const db = knex({ client: "pg", connection: "postgres://app@db/crm" });

const normalize = task(async (email: string) => email.trim().toLowerCase());

export const main = workflow(async (email: string) => {
  const clean = await normalize(email);
  await db("leads").insert({ email: clean }); // expect: WAC101
  return clean;
});
