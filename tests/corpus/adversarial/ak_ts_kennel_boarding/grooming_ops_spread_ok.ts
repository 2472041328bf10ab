// SDK: windmill-client 1.818.0 index.js `task` wrapper: calling it queues the step and returns a bare `{ then }`; Promise.all awaits each one, so both deluxe steps dispatch together and their results come back
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
    const [brushed, trimmed] = await Promise.all([kennelOps.brush(dogId), kennelOps.trimNails(dogId)]);
    return { dogId, bathed: bath.done, brushed: brushed.done, trimmed: trimmed.done };
  }
  return { dogId, bathed: bath.done };
});
