// SDK: windmill-client 1.818.0 TaskOptions {timeout, tag, cache_ttl, priority, concurrency_limit, concurrency_key, concurrency_time_window_s, retry}; TaskRetry {attempts, delay, multiplier, max_delay} (seconds)
// Ported from Temporal proxyActivities with the options translated to Windmill's names.
import { task, workflow } from "windmill-client";
import type { TaskOptions } from "windmill-client";

const ACTIVITY_OPTS: TaskOptions = {
  timeout: 120,
  retry: { attempts: 3, delay: 10, multiplier: 2, max_delay: 120 },
};

const fetchStatement = task(async (accountId: string, month: string) => {
  const r = await fetch(`https://bank.example.com/accounts/${accountId}/statements/${month}`);
  return (await r.json()) as { lines: { ref: string; amount: number }[] };
}, ACTIVITY_OPTS);

const reconcile = task(async (lines: { ref: string; amount: number }[], ledgerUrl: string) => {
  const r = await fetch(ledgerUrl, { method: "POST", body: JSON.stringify({ lines }) });
  return (await r.json()) as { unmatched: string[]; matched: number };
}, ACTIVITY_OPTS);

const postJournal = task(async (accountId: string, unmatched: string[]) => {
  await fetch(`https://erp.example.com/journal`, { method: "POST", body: JSON.stringify({ accountId, unmatched }) });
  return unmatched.length;
}, { ...ACTIVITY_OPTS, timeout: 60, tag: "erp" });

export const main = workflow(async (accountId: string, month: string, ledgerUrl: string) => {
  const statement = await fetchStatement(accountId, month);
  const result = await reconcile(statement.lines, ledgerUrl);
  const posted = result.unmatched.length > 0 ? await postJournal(accountId, result.unmatched) : 0;
  return { matched: result.matched, posted };
});
