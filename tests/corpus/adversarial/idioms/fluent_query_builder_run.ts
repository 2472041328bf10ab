// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body re-runs on replay; the fluent builder's `run()` (reached through `where(...)`, which returns `this`) queries the pg pool each round.
import pg from "pg";
import { task, workflow } from "windmill-client";

class Query {
  private clauses: string[] = [];
  constructor(private readonly pool: pg.Pool, private readonly table: string) {}

  where(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  async run(): Promise<unknown[]> {
    const sql = `select * from ${this.table} where ${this.clauses.join(" and ") || "true"}`;
    return (await this.pool.query(sql)).rows;
  }
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

const notify = task(async function notify(count: number) {
  return count;
});

export const main = workflow(async (status: string) => {
  const rows = await new Query(pool, "orders").where(`status = '${status}'`).run(); // expect: WAC101
  return await notify(rows.length);
});
