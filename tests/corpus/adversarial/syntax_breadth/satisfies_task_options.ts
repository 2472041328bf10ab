// SDK: windmill-client 1.818.0 client.d.ts `TaskOptions` has timeout, tag, cache_ttl, priority, concurrency_limit, concurrency_key, concurrency_time_window_s, retry: `retries` is not read, and `satisfies` does not stop an extra key on a wider type.
import { task, workflow } from "windmill-client";

const syncLedger = task(
  async (ledgerId: string) => ({ ledgerId, synced: true }),
  { timeout: 900, retries: 3 } satisfies Record<string, number>, // expect: WAC302
);

export const main = workflow(async (ledgerIds: string[]) => {
  const out = [];
  for (const id of ledgerIds) out.push(await syncLedger(id));
  return out;
});
