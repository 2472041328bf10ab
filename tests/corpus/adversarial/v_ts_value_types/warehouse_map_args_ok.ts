// SDK: windmill-client 1.818.0 a task of the file runs in a child job that replays the body and calls fn(...args) with the live arguments (_executingKey path), so a Map argument arrives intact; taskScript args cross JSON, so they get Object.fromEntries
// Stock reservation: the Map goes to a task of this file, a plain object to the existing script.
import { taskScript, task, workflow } from "windmill-client";

type Line = { sku: string; qty: number };

const notifyWarehouses = taskScript("f/inventory/notify_warehouses");

const reserveLocal = task(async (orderId: string, allocation: Map<string, Line[]>) => {
  const out: Record<string, number> = {};
  for (const [warehouse, lines] of allocation) {
    const r = await fetch(`https://wms.example.com/warehouses/${warehouse}/reservations`, {
      method: "POST",
      body: JSON.stringify({ orderId, lines }),
    });
    out[warehouse] = r.status;
  }
  return out;
});

function plan(lines: Line[], home: string): Map<string, Line[]> {
  const m = new Map<string, Line[]>();
  for (const line of lines) {
    const wh = line.sku.startsWith("EU-") ? "ams1" : home;
    m.set(wh, [...(m.get(wh) ?? []), line]);
  }
  return m;
}

export const main = workflow(async (orderId: string, lines: Line[], home: string = "nyc2") => {
  const allocation = plan(lines, home);
  const statuses = await reserveLocal(orderId, allocation);
  await notifyWarehouses({ order_id: orderId, allocation: Object.fromEntries(allocation) });
  return { orderId, statuses };
});
