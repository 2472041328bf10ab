// SDK: windmill-client 1.818.0 client.mjs: the inner catch rethrows whatever is not a TaskError (StepSuspend included); the outer catch rethrows unconditionally after logging its own name check.
import { task, workflow } from "windmill-client";

const exportReport = task(async (id: string) => `s3://reports/${id}.csv`);

export const main = workflow(async (id: string) => {
  try {
    try {
      return await exportReport(id);
    } catch (inner: any) {
      if (inner?.name !== "TaskError") throw inner;
      return null;
    }
  } catch (outer) {
    throw outer;
  }
});
