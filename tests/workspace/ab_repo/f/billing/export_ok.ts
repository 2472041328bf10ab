// SDK: windmill-client 1.818.0 client.mjs step() checkpoints its value; task results cross JSON (objects and arrays survive)
// Export a billing period; labels come from the billing calendar (same-named `stamp`).
import { step, task, workflow } from "windmill-client";
import { stamp as wallStamp } from "/f/shared/clock.ts";
import { loadIndexObject, loadTagList } from "../shared/tasks.ts";
import { periodEnd, stamp } from "./clock.ts";

const upload = task(async (period: string, label: string, exportedAt: string, skus: string[]) => {
  return { period, label, exportedAt, rows: skus.length };
});

export const main = workflow(async (period: string, region: string = "eu") => {
  const label = stamp(period);
  const end = periodEnd(period);
  const exportedAt = await step("exported_at", () => wallStamp());

  const index = await loadIndexObject(region);
  const tags = await loadTagList(region);
  const seat = index["seat"];
  const uploaded = await upload(period, label, exportedAt, Object.keys(index));
  return { uploaded, end, seatPrice: seat?.priceCents ?? 0, security: tags.includes("security") };
});
