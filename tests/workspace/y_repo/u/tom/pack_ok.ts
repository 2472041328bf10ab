// SDK: windmill-client 1.818.0; Bun erases imports used only as types (`import type`, and an interface imported by name), so ./settings.ts is never loaded here.
import { step, task, workflow } from "windmill-client";
import { weighParcel } from "/f/kit/index.ts";
import type { Parcel } from "../../f/kit/types.ts";
import type { PackMode } from "./settings.ts";
import { PackConfig } from "./settings";

const loadConfig = task(async (): Promise<PackConfig> => {
  const r = await fetch("https://config.internal/packing.json");
  return await r.json();
});

export const main = workflow(async (parcels: Parcel[], mode: "tight" | "loose" = "tight") => {
  const cfg: PackConfig = await loadConfig();
  const packMode: PackMode = mode;
  const boxes: string[] = [];
  for (const parcel of parcels) {
    const grams = await weighParcel(parcel);
    boxes.push(grams > cfg.maxWeightGrams ? cfg.boxes[cfg.boxes.length - 1] : cfg.boxes[0]);
  }
  const region = await step("region", () => process.env.SHIP_REGION ?? "eu");
  return { packMode, boxes, region };
});
