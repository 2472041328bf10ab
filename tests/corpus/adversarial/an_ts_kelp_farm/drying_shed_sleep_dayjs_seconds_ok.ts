// SDK: windmill-client 1.818.0 index.js `sleep(seconds)` rounds its argument as seconds; dayjs's duration plugin `asSeconds()` gives the drying time in seconds, built from the input (no clock)
import { sleep, task, workflow } from "windmill-client";
import dayjs from "dayjs";
import duration from "dayjs/plugin/duration";

dayjs.extend(duration);

const loadShed = task(async function loadShed(shedId: string, batchId: string) {
  await fetch(`https://plant.saltmarsh-kelp.example/api/sheds/${shedId}/load`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ batchId }),
  });
  return { loaded: true };
});

const weighBatch = task(async function weighBatch(batchId: string) {
  const r = await fetch(`https://plant.saltmarsh-kelp.example/api/batches/${batchId}/weigh`, { method: "POST" });
  return (await r.json()) as { dryKg: number };
});

export const main = workflow(async (shedId: string, batchId: string, dryingHours = 12) => {
  await loadShed(shedId, batchId);
  await sleep(dayjs.duration({ hours: dryingHours }).asSeconds());
  return await weighBatch(batchId);
});
