// SDK: windmill-client 1.818.0; task() wrappers return the dispatch promise; barrel names map to f/kit/http.ts and clock.ts
import { step, workflow } from "windmill-client";
import { dispatchTruck, getRate, nowIso, postJson, ref, slack, backoffMs } from "/f/kit/index.ts";

type Assignment = { truckId: string; depot: string };

export const main = workflow(async (depot: string, trucks: string[], currency = "EUR") => {
  const batch = ref(depot, true); // expect: WAC102
  const startedAt = nowIso(true); // expect: WAC102
  const rate = await getRate(currency); // expect: WAC101
  const assignments: Assignment[] = trucks.map((truckId) => ({ truckId, depot }));
  for (const a of assignments) {
    dispatchTruck(a.truckId, a.depot); // expect: WAC106
  }
  const wait = backoffMs(assignments.length, { jitter: true }); // expect: WAC102
  await postJson("/waves", { batch, startedAt, rate, wait }); // expect: WAC101
  await slack("#dispatch", `wave ${batch} assigned ${trucks.length} trucks`); // expect: WAC101
  const summary = await step("summary", () => ({ batch, count: assignments.length }));
  return summary;
});
