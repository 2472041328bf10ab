// Weigh the kegs in each cold-room bin and record the stock.
import { taskScript, workflow } from "windmill-client";
import { Scale } from "/f/brew/kit/index.ts";

const scale = new Scale();
const kegStock = taskScript("f/brew_ops/keg_stock");

export const main = workflow(async (room: string, bins: string[]) => {
  const counts: Record<string, number> = {};
  for (const bin of bins) {
    const gross = await scale.weigh(bin); // expect: WAC101
    counts[bin] = Math.round(scale.net(gross) / 30);
  }
  for (const bin of bins) {
    await kegStock({ bin, kegs: counts[bin] }); // expect: WAC402
  }
  return { room, counts };
});
