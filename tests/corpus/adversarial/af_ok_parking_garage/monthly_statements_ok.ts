// SDK: windmill-client 1.818.0 a plain script that fans out existing scripts by path with Promise.all over runScriptByPath (ordinary jobs, no replay) and reads the clock for the statement month
import * as wmill from "windmill-client";

type Account = { id: string; email: string; monthly: boolean };

function previousMonth(d = new Date()): string {
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}

export async function main(accounts: Account[], month?: string, batchSize = 10) {
  const period = month ?? previousMonth();
  const monthly = accounts.filter((a) => a.monthly);
  const statements: { id: string; url?: string; error?: string }[] = [];

  for (let i = 0; i < monthly.length; i += batchSize) {
    const batch = monthly.slice(i, i + batchSize);
    const settled = await Promise.allSettled(
      batch.map((a) => wmill.runScriptByPath("f/parking/render_statement", { accountId: a.id, period })),
    );
    settled.forEach((s, j) => {
      const id = batch[j].id;
      statements.push(s.status === "fulfilled" ? { id, url: s.value.url } : { id, error: String(s.reason) });
    });
  }

  const failed = statements.filter((s) => s.error);
  if (failed.length) {
    const hook = await wmill.getVariable("f/parking/ops_webhook");
    await fetch(hook, { method: "POST", body: JSON.stringify({ text: `${failed.length} statements failed for ${period}` }) });
  }
  return { period, rendered: statements.length - failed.length, failed };
}
