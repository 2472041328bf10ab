// SDK: windmill-client 1.818.0 client.mjs: the body replays; a `var` declared in an `if` block is the function's, so the later call uses the pg pool.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const score = task(async (id: string) => id.length);

export const main = workflow(async (id: string, dsn: string) => {
  if (dsn) {
    var db = new Pool({ connectionString: dsn });
  }
  const s = await score(id);
  await db!.query("insert into scores values ($1, $2)", [id, s]); // expect: WAC101
  return s;
});
