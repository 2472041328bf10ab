// Nightly data quality checks: the same check task runs against several
// tables, one after the other (step keys runCheck, runCheck_2, runCheck_3).
import { task, workflow } from "windmill-client";
import * as wmill from "windmill-client";
import { SQL } from "bun";

type CheckResult = { table: string; rule: string; failures: number };

const runCheck = task(
  async (table: string, rule: string): Promise<CheckResult> => {
    const db = await wmill.getResource("f/warehouse/analytics_db");
    const sql = new SQL(db.url);
    const [row] = await sql.unsafe(`SELECT count(*)::int AS n FROM ${table} WHERE NOT (${rule})`);
    return { table, rule, failures: row.n };
  },
  { timeout: 600, tag: "dq" },
);

const publishReport = task(async (results: CheckResult[], channel: string) => {
  const text = results.map((r) => `${r.table}: ${r.failures} rows violate \`${r.rule}\``).join("\n");
  await fetch(`https://hooks.slack.example/${channel}`, { method: "POST", body: JSON.stringify({ text }) });
});

export const main = workflow(async (channel: string = "data-quality") => {
  const orders = await runCheck("orders", "total_cents >= 0");
  const customers = await runCheck("customers", "email IS NOT NULL");
  const events = await runCheck("events", "occurred_at <= now()");
  const failing = [orders, customers, events].filter((r) => r.failures > 0);
  if (failing.length > 0) {
    await publishReport(failing, channel);
  }
  return { failingTables: failing.map((r) => r.table) };
});
