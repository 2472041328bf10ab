// SDK: windmill-client 1.818.0 client.mjs: the body re-runs after each suspension; Bun.spawn starts the backup process again on every round.
import { task, workflow } from "windmill-client";

const upload = task(async (path: string) => ({ path, uploaded: true }));

export const main = workflow(async (db: string) => {
  const dump = Bun.spawn(["pg_dump", db, "-f", "/tmp/dump.sql"]); // expect: WAC101
  await dump.exited;
  return await upload("/tmp/dump.sql");
});
