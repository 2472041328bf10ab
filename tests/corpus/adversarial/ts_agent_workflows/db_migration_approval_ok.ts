// SDK: windmill-client 1.818.0 client.mjs: the same migration with the DBA address given as an input (defaulted), approval URLs minted in a step for the keyed approval.
import { Client } from "pg";
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Pg = { host: string; port: number; user: string; password: string; dbname: string };

async function withDb<T>(db: Pg, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ host: db.host, port: db.port, user: db.user, password: db.password, database: db.dbname });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const dryRun = task(async (db: Pg, sql: string) =>
  withDb(db, async (c) => {
    await c.query("begin");
    const res = await c.query(sql);
    await c.query("rollback");
    return { rowCount: res.rowCount ?? 0 };
  }),
);

const apply = task(async (db: Pg, sql: string, approvedBy: string) =>
  withDb(db, async (c) => {
    await c.query("begin");
    const res = await c.query(sql);
    await c.query("insert into schema_audit(statement, approved_by) values ($1, $2)", [sql, approvedBy]);
    await c.query("commit");
    return { rowCount: res.rowCount ?? 0 };
  }),
);

const notifyDba = task(async (email: string, text: string) => {
  await fetch("https://mail.example.com/api/send", { method: "POST", body: JSON.stringify({ to: email, text }) });
  return { notified: email };
});

export const main = workflow(async (db: Pg, migrationSql: string, dba: string = "dba@example.com") => {
  const preview = await dryRun(db, migrationSql);
  const urls = await step("urls", () => getApprovalUrls("dba"));
  await notifyDba(dba, `Migration touches ${preview.rowCount} rows. Approve: ${urls.resume} Reject: ${urls.cancel}`);
  const decision = await waitForApproval({ key: "dba", timeout: 86400 });
  if (!decision.approved) return { applied: false, rejectedBy: decision.approver };
  const result = await apply(db, migrationSql, decision.approver);
  return { applied: true, ...result };
});
