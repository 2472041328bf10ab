// SDK: windmill-client 1.818.0 task(fn): the wrapper maps positional arguments to fn's parameter names and dispatches a step
import { buildUrl, postJson } from "./net.ts";
import { DEFAULT_TIMEOUT_S, task } from "./wac.ts";

const WMS = "https://wms.internal.example.com/api";

export const reserveStock = task(
  async function reserveStock(sku: string, qty: number, warehouse: string = "main") {
    return await postJson<{ reservationId: string }>(buildUrl(WMS, "reservations"), { sku, qty, warehouse });
  },
  { timeout: DEFAULT_TIMEOUT_S },
);

export const shipOrder = task(async function shipOrder(orderId: string, carrier: string) {
  return await postJson<{ tracking: string }>(buildUrl(WMS, "shipments"), { orderId, carrier });
});

export const summarizeStock = task(async function summarizeStock(counts: Record<string, number>, regions: string[]) {
  return { skus: Object.keys(counts).length, regions: regions.length };
});
