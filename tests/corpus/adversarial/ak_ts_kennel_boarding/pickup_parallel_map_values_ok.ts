// SDK: windmill-client 1.818.0 index.js `parallel` slices `items` by `concurrency`; `Array.from(map.values())` is an array, so every household's reminder is dispatched
// Agent-written: owners grouped by household so each household gets one pickup reminder.
import { parallel, task, workflow } from "windmill-client";

type Stay = { dogId: string; ownerId: string; household: string; phone: string };

const remindPickup = task(async function remindPickup(stay: Stay): Promise<{ sid: string }> {
  const r = await fetch("https://sms.pawsinn.example/v1/messages", {
    method: "POST",
    body: JSON.stringify({ to: stay.phone, text: `Pickup for ${stay.dogId} is tomorrow 10:00` }),
  });
  return (await r.json()) as { sid: string };
});

export const main = workflow(async (stays: Stay[]) => {
  const byHousehold = new Map<string, Stay>();
  for (const s of stays) if (!byHousehold.has(s.household)) byHousehold.set(s.household, s);
  const sent = await parallel(Array.from(byHousehold.values()), remindPickup, { concurrency: 5 });
  return { reminded: sent.length, households: [...byHousehold.keys()] };
});
