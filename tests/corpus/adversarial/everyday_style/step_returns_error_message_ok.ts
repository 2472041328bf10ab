// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the step returns a plain string or null, which JSON carries as is.
import { step, task, workflow } from "windmill-client";

const charge = task(async (id: string, cents: number) => ({ id, cents }));

export const main = workflow(async (id: string, cents: number) => {
  const problem = await step("validate", () => {
    if (cents <= 0) return `invalid amount ${cents}`;
    return null;
  });
  if (problem) return { id, error: problem };
  return await charge(id, cents);
});
