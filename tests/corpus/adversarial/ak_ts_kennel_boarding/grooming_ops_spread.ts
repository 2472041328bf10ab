// SDK: windmill-client 1.818.0 index.js `task` wrapper: calling it queues the step (`_nextStep` pushes to `pending`) and returns a bare `{ then }`; a spread copies the wrapper itself, so `kennelOps.trimNails(...)` is the task call and, left un-awaited, its result is never seen
// Agent-written: a base table of grooming tasks spread into the kennel's own table with one extra entry.
import { task, workflow } from "windmill-client";

const bathe = task(async function bathe(dogId: string): Promise<{ done: boolean }> {
  await fetch(`https://groom.pawsinn.example/api/dogs/${dogId}/bath`, { method: "POST" });
  return { done: true };
});

const brush = task(async function brush(dogId: string): Promise<{ done: boolean }> {
  await fetch(`https://groom.pawsinn.example/api/dogs/${dogId}/brush`, { method: "POST" });
  return { done: true };
});

const trimNails = task(async function trimNails(dogId: string): Promise<{ done: boolean }> {
  await fetch(`https://groom.pawsinn.example/api/dogs/${dogId}/nails`, { method: "POST" });
  return { done: true };
});

const baseOps = { bathe, brush };
const kennelOps = { ...baseOps, trimNails };

export const main = workflow(async (dogId: string, deluxe: boolean) => {
  const bath = await kennelOps.bathe(dogId);
  if (deluxe) {
    await kennelOps.brush(dogId);
    kennelOps.trimNails(dogId); // expect: WAC106
  }
  return { dogId, bathed: bath.done };
});
