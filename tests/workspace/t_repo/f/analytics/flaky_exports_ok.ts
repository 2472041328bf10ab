// SDK: windmill-client 1.818.0 client.mjs: task(fn, { retry }) re-dispatches failed attempts durably
import { task, workflow } from "windmill-client";

import { postJson, WAREHOUSE_API } from "/f/shared/net.ts";
import { withRetry } from "/f/shared/retry.ts";

const exportWithRetry = task(
  async (query: string, bucket: string) => {
    const res = await withRetry(() => postJson<{ key: string }>(`${WAREHOUSE_API}/export`, { query, bucket }), 5);
    return res.key;
  },
  { retry: { attempts: 2, delay: 60 } },
);

export const main = workflow(async (queries: string[], bucket: string) => {
  const keys: string[] = [];
  for (const q of queries) {
    keys.push(await exportWithRetry(q, bucket));
  }
  return keys;
});
