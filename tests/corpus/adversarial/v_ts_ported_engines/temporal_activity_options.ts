// SDK: windmill-client 1.818.0 TaskOptions {timeout, tag, cache_ttl, priority, concurrency_limit, concurrency_key, concurrency_time_window_s, retry}; TaskRetry {attempts, delay, multiplier, max_delay}; assertUsableRetry requires integer attempts
// Ported from Temporal: proxyActivities({ startToCloseTimeout, retry: { maximumAttempts, backoffCoefficient } }).
import { task, workflow } from "windmill-client";

// Temporal: const { fetchStatement, reconcile, postJournal } = proxyActivities<typeof activities>({...})
const ACTIVITY_OPTS = {
  timeout: 120,
  retry: { maximumAttempts: 4, initialInterval: 10, backoffCoefficient: 2 }, // expect: WAC302
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
}, { startToCloseTimeout: 60 }); // expect: WAC302

export const main = workflow(async (accountId: string, month: string, ledgerUrl: string) => {
  const statement = await fetchStatement(accountId, month);
  const result = await reconcile(statement.lines, ledgerUrl);
  let posted = 0;
  if (result.unmatched.length > 0) {
    posted = await postJournal(accountId, result.unmatched);
  }
  return { matched: result.matched, posted };
});
