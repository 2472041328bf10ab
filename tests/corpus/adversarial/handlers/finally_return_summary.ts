// SDK: windmill-client 1.818.0 client.mjs: the finally runs when StepSuspend is thrown; returning from it discards the suspension.
import { task, workflow } from "windmill-client";

const importBatch = task(async (batch: string[]) => batch.length);

export const main = workflow(async (batches: string[][]) => {
  let imported = 0;
  try {
    for (const batch of batches) {
      imported += await importBatch(batch);
    }
  } finally {
    return { imported }; // expect: WAC203
  }
});
