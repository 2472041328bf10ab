// SDK: windmill-client 1.818.0 client.mjs workflow(): "branching on external state (current time, random values ...) must use step()".
import { step, task, workflow } from "windmill-client";

const rand = Math.random;
const clock = Date.now;

const assignVariant = task(async (userId: string, variant: string) => {
  return { userId, variant };
});

export const main = workflow(async (userId: string) => {
  const roll = rand(); // expect: WAC102
  const variant = roll < 0.5 ? "A" : "B";
  const assigned = await assignVariant(userId, variant);
  const at = clock(); // expect: WAC102
  const checkpointed = await step("assigned_at", () => clock());
  return { ...assigned, at, checkpointed };
});
