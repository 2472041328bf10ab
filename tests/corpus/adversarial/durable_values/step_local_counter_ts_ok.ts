// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the step's own let and array are its locals; only the returned value is checkpointed.
import { step, task, workflow } from "windmill-client";

const save = task(async (valid: number, invalid: number) => ({ valid, invalid }));

export const main = workflow(async (emails: string[]) => {
  const stats = await step("validate", () => {
    let valid = 0;
    const invalid: string[] = [];
    for (const e of emails) {
      if (/^[^@\s]+@[^@\s]+$/.test(e)) valid++;
      else invalid.push(e);
    }
    return { valid, invalid: invalid.length };
  });
  return await save(stats.valid, stats.invalid);
});
