import type { Order, Region } from "/f/lib/types_ts.ts";

export async function main(order: Order, region: Region, note = "") {
  return { order, region, note };
}
