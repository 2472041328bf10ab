// SDK: windmill-client 1.818.0 taskScript passes its object as the child's args; render_label's main takes orderId/carrier/paper.
import { step, taskScript, workflow } from "windmill-client";
import { LABEL_SCRIPT, OLD_LABEL_DEFAULTS, Stopwatch, weighParcel } from "../kit/index.ts";
import type { Parcel } from "../kit/index.ts";

const renderLabel = taskScript(LABEL_SCRIPT);

export const main = workflow(async (orderId: string, parcels: Parcel[]) => {
  const sw = new Stopwatch();
  sw.start(); // expect: WAC102
  const weights: number[] = [];
  for (const parcel of parcels) {
    weights.push(await weighParcel(parcel));
  }
  const tracking = sw.trackingCode(orderId); // expect: WAC102
  const label = await renderLabel({ ...OLD_LABEL_DEFAULTS, orderId }); // expect: WAC402
  const took = sw.lap(); // expect: WAC102
  await step("log", () => console.log(tracking, took));
  return { label, weights, tracking };
});
