// SDK: windmill-client 1.818.0: sleep inside a loop, step names literal, results checkpointed before branching
import { sleep, step, task, workflow } from "windmill-client";

type Treatment = { cowTag: string; drug: string; withdrawalDays: number };

const recordTreatment = task(async (t: Treatment) => {
  const res = await fetch("https://herd.example.coop/api/treatments", {
    method: "POST",
    body: JSON.stringify(t),
  });
  return ((await res.json()) as { id: string }).id;
});

const vetCheck = task(async (cowTag: string) => {
  const res = await fetch(`https://herd.example.coop/api/cows/${cowTag}/status`);
  return (await res.json()) as { recovered: boolean; temperature: number };
});

const releaseMilk = task(async (cowTag: string, treatmentId: string) => {
  await fetch(`https://herd.example.coop/api/cows/${cowTag}/release`, {
    method: "POST",
    body: JSON.stringify({ treatmentId }),
  });
  return true;
});

export const main = workflow(async (treatment: Treatment, checkEveryHours = 24) => {
  const treatmentId = await recordTreatment(treatment);
  const startedAt = await step("started_at", () => Date.now());
  let status = await vetCheck(treatment.cowTag);
  let checks = 1;
  while (!status.recovered && checks < treatment.withdrawalDays) {
    await sleep(checkEveryHours * 3600);
    status = await vetCheck(treatment.cowTag);
    checks += 1;
  }
  const released = status.recovered ? await releaseMilk(treatment.cowTag, treatmentId) : false;
  const elapsedDays = await step("elapsed_days", () => Math.round((Date.now() - startedAt) / 86_400_000));
  return { treatmentId, checks, released, elapsedDays };
});
