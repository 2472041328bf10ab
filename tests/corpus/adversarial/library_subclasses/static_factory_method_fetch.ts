// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top; `Inventory.forRegion(r)` is a static constructor returning `new Inventory(...)`, and `levels` GETs the stock API on every replay.
import { task, workflow } from "windmill-client";

class Inventory {
  constructor(private base: string) {}
  static forRegion(region: string): Inventory {
    return new Inventory(`https://${region}.stock.example.com`);
  }
  async levels(sku: string) {
    return (await fetch(`${this.base}/levels/${sku}`)).json();
  }
}

const reorder = task(async (sku: string) => sku);

export const main = workflow(async (sku: string, region: string) => {
  const stock = await Inventory.forRegion(region).levels(sku); // expect: WAC101
  return stock.available < 10 ? await reorder(sku) : null;
});
