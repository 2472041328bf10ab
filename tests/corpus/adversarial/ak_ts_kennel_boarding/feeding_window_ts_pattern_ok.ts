// SDK: windmill-client 1.818.0 index.js `step` checkpoints what its callback returns, so the clock read inside it is the same string on every replay; ts-pattern then only picks a number of hours from the input, which is deterministic
// Agent-written: the feeding reminder window depends on the dog's diet plan, picked with ts-pattern.
import { match } from "ts-pattern";
import { addHours } from "date-fns";
import { step, task, workflow } from "windmill-client";

type Diet = { kind: "puppy" } | { kind: "senior"; meals: number } | { kind: "medical"; everyHours: number };

const scheduleFeeding = task(async function scheduleFeeding(dogId: string, firstMealAt: string): Promise<{ slot: string }> {
  const r = await fetch("https://ops.pawsinn.example/api/feeding", {
    method: "POST",
    body: JSON.stringify({ dogId, firstMealAt }),
  });
  return (await r.json()) as { slot: string };
});

export const main = workflow(async (dogId: string, diet: Diet) => {
  const hoursUntilMeal = match(diet)
    .with({ kind: "puppy" }, () => 2)
    .with({ kind: "senior" }, ({ meals }) => Math.floor(24 / meals))
    .with({ kind: "medical" }, ({ everyHours }) => everyHours)
    .exhaustive();
  const checkedInAt = await step("checked_in_at", () => new Date().toISOString());
  const firstMeal = addHours(new Date(checkedInAt), hoursUntilMeal);
  const { slot } = await scheduleFeeding(dogId, firstMeal.toISOString());
  return { dogId, slot };
});
