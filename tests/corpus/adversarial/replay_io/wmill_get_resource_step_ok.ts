// SDK: windmill-client 1.818.0 client.mjs step(): getResource inside the step's arrow runs once; replays return the checkpointed value.
import { getResource, step, task, workflow } from "windmill-client";

const syncCustomers = task(async (dsn: string, since: string) => ({ since, synced: dsn.length }));

export const main = workflow(async (since: string) => {
  const pg = await step("pg_resource", () => getResource("f/db/warehouse"));
  return await syncCustomers(String(pg.host), since);
});
