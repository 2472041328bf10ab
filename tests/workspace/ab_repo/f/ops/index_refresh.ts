// SDK: windmill-client 1.818.0 client.mjs task wrapper `.then(jsonRoundTrip)`: a Map or Set comes back as {}
// Refresh the regional price index and report the add-ons on sale.
import { task, workflow } from "windmill-client";
import { loadIndex, loadTags } from "/f/shared/tasks.ts";

const publish = task(async (region: string, seatPrice: number, addons: boolean) => {
  return { region, seatPrice, addons, published: true };
});

export const main = workflow(async (region: string) => {
  const index = await loadIndex(region); // expect: WAC107
  const tags = await loadTags(region); // expect: WAC107

  const seat = index.get("seat");
  const hasAddons = tags.has("addon");
  return await publish(region, seat?.priceCents ?? 0, hasAddons);
});
