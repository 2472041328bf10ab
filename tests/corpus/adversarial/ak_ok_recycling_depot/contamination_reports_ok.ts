// SDK: windmill-client 1.818.0: StepSuspend is an Error named "StepSuspend"; a guard function returning that test, called first in the catch, rethrows it
import { task, workflow } from "windmill-client";

type Load = { loadId: string; hauler: string; photos: string[]; contaminationPct: number };

function isSuspend(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as Error).name === "StepSuspend";
}

const classify = task(async (photoUrl: string) => {
  const res = await fetch("https://vision.example-depot.org/v1/classify", {
    method: "POST",
    body: JSON.stringify({ url: photoUrl }),
  });
  if (res.status === 422) throw new Error("unreadable photo");
  return ((await res.json()) as { labels: string[] }).labels;
});

const chargeHauler = task(async (hauler: string, loadId: string, feeCents: number) => {
  const res = await fetch(`https://billing.example-depot.org/api/haulers/${hauler}/surcharges`, {
    method: "POST",
    body: JSON.stringify({ loadId, feeCents }),
  });
  return res.status === 201;
});

const SURCHARGE_CENTS_PER_PCT = 250;

export const main = workflow(async (load: Load) => {
  const labels: string[] = [];
  let unreadable = 0;
  for (const url of load.photos) {
    try {
      labels.push(...(await classify(url)));
    } catch (e) {
      if (isSuspend(e)) throw e;
      unreadable += 1;
    }
  }
  const uniqueLabels = Array.from(new Set(labels));
  const pct = Math.max(load.contaminationPct, uniqueLabels.includes("food_waste") ? 10 : 0);
  const fee = pct > 5 ? Math.round((pct - 5) * SURCHARGE_CENTS_PER_PCT) : 0;
  const charged = fee > 0 ? await chargeHauler(load.hauler, load.loadId, fee) : false;
  return { loadId: load.loadId, labels: uniqueLabels, unreadable, fee, charged };
});
