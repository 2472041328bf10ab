// SDK: windmill-client 1.818.0 client.mjs: every round is a new process that loads the module again; the batch id built from the clock at load is different in each round, so each replay hands the task another id.
import { task, workflow } from "windmill-client";

const BATCH_ID = `batch-${Date.now().toString(36)}`;

const exportRows = task(async (batchId: string, table: string) => ({ batchId, table }));

export const main = workflow(async (table: string) => {
  return await exportRows(BATCH_ID, table); // expect: WAC102
});
