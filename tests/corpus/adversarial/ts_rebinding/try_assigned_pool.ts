// SDK: windmill-client 1.818.0 client.mjs: the body replays; the pool assigned inside try is the one queried after it.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const score = task(async (id: string) => id.length);

export const main = workflow(async (id: string, dsn: string) => {
  let pool: Pool | undefined;
  try {
    pool = new Pool({ connectionString: dsn });
  } catch (e) {
    console.error("bad dsn", e);
    throw e;
  }
  const s = await score(id);
  await pool.connect(); // expect: WAC101
  return s;
});
