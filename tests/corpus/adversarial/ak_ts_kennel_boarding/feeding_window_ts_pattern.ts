// SDK: windmill-client 1.818.0 index.js `workflow` just marks the function; the body reruns from the top after every task, and ts-pattern runs the handler of the matching `.with` inside the body, so `new Date()` there is a new clock read on every replay
// Agent-written: the feeding reminder window depends on the dog's diet plan, picked with ts-pattern.
import { match } from "ts-pattern";
import { addHours } from "date-fns";
import { task, workflow } from "windmill-client";

type Diet = { kind: "puppy" } | { kind: "senior"; meals: number } | { kind: "medical"; everyHours: number };

const scheduleFeeding = task(async function scheduleFeeding(dogId: string, firstMealAt: string): Promise<{ slot: string }> {
  const r = await fetch("https://ops.pawsinn.example/api/feeding", {
    method: "POST",
    body: JSON.stringify({ dogId, firstMealAt }),
  });
  return (await r.json()) as { slot: string };
});

export const main = workflow(async (dogId: string, diet: Diet) => {
  const firstMeal = match(diet)
    .with({ kind: "puppy" }, () => addHours(new Date(), 2)) // expect: WAC102
    .with({ kind: "senior" }, ({ meals }) => addHours(new Date(), Math.floor(24 / meals))) // expect: WAC102
    .with({ kind: "medical" }, ({ everyHours }) => addHours(new Date(), everyHours)) // expect: WAC102
    .exhaustive();
  const { slot } = await scheduleFeeding(dogId, firstMeal.toISOString());
  return { dogId, slot };
});
