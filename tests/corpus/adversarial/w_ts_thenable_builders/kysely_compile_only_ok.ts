// SDK: windmill-client 1.818.0 replays the body each round; Kysely's compile() only builds SQL text (no driver call), run later in a task
import { task, workflow } from "windmill-client";
import { Kysely, PostgresAdapter, DummyDriver, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import pg from "pg";

interface DB {
  accounts: { id: string; status: string; closed_reason: string | null };
}

const builder = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const runSql = task(async (dsn: string, sql: string, params: unknown[]) => {
  const client = new pg.Client({ connectionString: dsn });
  await client.connect();
  try {
    return (await client.query(sql, params)).rowCount ?? 0;
  } finally {
    await client.end();
  }
});

export const main = workflow(async (dsn: string, accountIds: string[], reason: string) => {
  const { sql, parameters } = builder
    .updateTable("accounts")
    .set({ status: "closed", closed_reason: reason })
    .where("id", "in", accountIds)
    .compile();
  const closed = await runSql(dsn, sql, [...parameters]);
  return { closed };
});
