// SDK: windmill-client 1.818.0 task({ retry }) with attempts/delay/multiplier/max_delay; class instances built in the body from task results hold plain data only; toJSON-free interfaces cross tasks
import { task, workflow } from "windmill-client";

interface RentalItem {
  sku: string;
  kind: "ski" | "board" | "boot" | "helmet";
  size: number;
  lastTuned: string;
}

class Rack {
  private items: RentalItem[] = [];
  constructor(readonly shop: string) {}
  add(item: RentalItem) {
    this.items.push(item);
    return this;
  }
  dueForTuning(beforeIso: string): RentalItem[] {
    const cutoff = Date.parse(beforeIso);
    return this.items.filter((i) => Date.parse(i.lastTuned) < cutoff);
  }
}

const listInventory = task(
  async (shop: string): Promise<RentalItem[]> => {
    const res = await fetch(`https://rentals.resort.example/shops/${shop}/items`);
    return (await res.json()) as RentalItem[];
  },
  { retry: { attempts: 3, delay: 10, multiplier: 2, max_delay: 120 }, timeout: 300 },
);

const queueTuning = task(async (shop: string, skus: string[]) => {
  const res = await fetch(`https://rentals.resort.example/shops/${shop}/tuning`, {
    method: "POST",
    body: JSON.stringify({ skus }),
  });
  return { shop, queued: skus.length, ok: res.ok };
});

export const main = workflow(async (shops: string[], tunedBefore: string) => {
  const inventories = await Promise.all(shops.map((s) => listInventory(s)));
  const racks = shops.map((shop, i) => inventories[i].reduce((rack, item) => rack.add(item), new Rack(shop)));
  const out = [];
  for (const rack of racks) {
    const due = rack.dueForTuning(tunedBefore).map((i) => i.sku);
    if (due.length) out.push(await queueTuning(rack.shop, due));
  }
  return out;
});
