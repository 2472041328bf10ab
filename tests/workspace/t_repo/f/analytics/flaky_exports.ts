// SDK: windmill-client 1.818.0 client.mjs: the first dispatch of a task throws StepSuspend; a catch that does not rethrow it breaks suspension
import { workflow } from "windmill-client";

import { exportCsv } from "./tasks.ts";
import { withRetry } from "/f/shared/retry.ts";

export const main = workflow(async (queries: string[], bucket: string) => {
  const keys: string[] = [];
  for (const q of queries) {
    keys.push(await withRetry(() => exportCsv(q, bucket), 5)); // expect: WAC202
  }
  return keys;
});
