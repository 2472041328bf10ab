// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the step's value is checkpointed as JSON; an Error's message and stack are not enumerable, so JSON.stringify gives "{}" and the replay sees an empty object.
import { step, task, workflow } from "windmill-client";

const charge = task(async (id: string, cents: number) => ({ id, cents }));

export const main = workflow(async (id: string, cents: number) => {
  const problem = await step("validate", () => {
    if (cents <= 0) return new Error(`invalid amount ${cents}`); // expect: WAC107
    return null;
  });
  if (problem) return { id, error: problem.message };
  return await charge(id, cents);
});
