// SDK: windmill-client 1.818.0 step() checkpoints fn's value; ref/nowIso/backoffMs without their flags are pure
import { step, workflow } from "windmill-client";
import { cachedRate, dispatchTruck, nowIso, postJson, ref, slack, backoffMs } from "/f/kit/index.ts";

export const main = workflow(async (depot: string, trucks: string[], currency = "EUR") => {
  const batch = ref(depot);
  const day = nowIso();
  const startedAt = await step("started_at", () => nowIso(true));
  const rate = cachedRate(currency);
  const ids = await Promise.all(trucks.map((t) => dispatchTruck(t, depot)));
  const wait = backoffMs(ids.length);
  await step("post_wave", () => postJson("/waves", { batch, day, startedAt, rate, wait }));
  await step("notify", () => slack("#dispatch", `wave ${batch}: ${ids.length} trucks`));
  return { batch, ids };
});
