// SDK: windmill-client 1.818.0 client.d.ts `TaskOptions` (timeout, tag, cache_ttl, priority, concurrency_limit, concurrency_key, concurrency_time_window_s, retry with attempts / delay / multiplier / max_delay); every key here is read.
import { task, workflow } from "windmill-client";

const syncLedger = task(
  async (ledgerId: string) => ({ ledgerId, synced: true }),
  { timeout: 900, tag: "finance", retry: { attempts: 3, delay: 30, multiplier: 2 } } as const satisfies Record<string, unknown>,
);

export const main = workflow(async (ledgerIds: string[]) => {
  const out = [];
  for (const id of ledgerIds) out.push(await syncLedger(id));
  return out;
});
