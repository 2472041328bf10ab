// SDK: windmill-client 1.818.0 the workflow body reruns on replay: module-level fetch of ./settings.ts and env reads run each time.
import { step, workflow } from "windmill-client";
import { Stopwatch, weighParcel } from "/f/kit/index.ts";
import type { Parcel } from "../../f/kit/types";
import { boxFor, remoteConfig } from "./settings.ts"; // expect: WAC101

export const main = workflow(async (parcels: Parcel[]) => {
  const region = Stopwatch.region(); // expect: WAC102
  const boxes: string[] = [];
  for (const parcel of parcels) {
    const grams = await weighParcel(parcel);
    boxes.push(boxFor(grams, remoteConfig));
  }
  await step("done", () => boxes.length);
  return { region, boxes };
});
