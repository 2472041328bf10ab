// SDK: windmill-client 1.818.0 a task body runs as its own job (Stopwatch there is fine); taskScript args match render_label's main.
import { step, task, taskScript, workflow } from "windmill-client";
import { LABEL_DEFAULTS, LABEL_SCRIPT, Stopwatch, formatGrams, weighParcel } from "../kit/index.ts";
import type { Parcel } from "../kit/index.ts";

const renderLabel = taskScript(LABEL_SCRIPT);

const trackingCode = task(async (orderId: string): Promise<string> => {
  return new Stopwatch().trackingCode(orderId);
});

export const main = workflow(async (orderId: string, parcels: Parcel[]) => {
  const weights: number[] = [];
  for (const parcel of parcels) {
    weights.push(await weighParcel(parcel));
  }
  const total = formatGrams(weights.reduce((a, b) => a + b, 0));
  const tracking = await trackingCode(orderId);
  const label = await renderLabel({ ...LABEL_DEFAULTS, orderId });
  const region = await step("region", () => Stopwatch.region());
  return { label, total, tracking, region };
});
