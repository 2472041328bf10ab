// SDK: windmill-client 1.818.0 client.mjs: the ValidationError is thrown by the body's own check, not by a task, so instanceof matches it; everything else (StepSuspend, task failures) is rethrown.
import { task, workflow } from "windmill-client";

class ValidationError extends Error {}

function validate(ids: string[]) {
  if (ids.length === 0) throw new ValidationError("no ids");
  return ids;
}

const sendBatch = task(async (ids: string[]) => ({ sent: ids.length }));

export const main = workflow(async (ids: string[]) => {
  try {
    return await sendBatch(validate(ids));
  } catch (e) {
    if (e instanceof ValidationError) {
      return { sent: 0, reason: e.message };
    }
    throw e;
  }
});
