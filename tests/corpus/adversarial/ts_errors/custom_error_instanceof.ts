// SDK: windmill-client 1.818.0 client.mjs _nextStep / taskErrorFromMarker: a failed task reaches the workflow as an Error named "TaskError", never the task's own QuotaError, so this branch never runs.
import { task, workflow } from "windmill-client";

class QuotaError extends Error {
  constructor(public readonly remaining: number) {
    super("quota exceeded");
  }
}

const sendBatch = task(async (ids: string[]) => {
  if (ids.length > 100) throw new QuotaError(0);
  return { sent: ids.length };
});

export const main = workflow(async (ids: string[]) => {
  try {
    return await sendBatch(ids);
  } catch (e) {
    if (e instanceof QuotaError) { // expect: WAC204
      return { sent: 0, remaining: e.remaining };
    }
    throw e;
  }
});
