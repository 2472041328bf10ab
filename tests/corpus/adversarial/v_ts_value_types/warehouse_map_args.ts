// SDK: windmill-client 1.818.0 taskScript wrapper sends its one object argument as the script's args (JSON): a Map member becomes {}
// Stock reservation across warehouses, planned in the body and sent to an existing script.
import { taskScript, task, workflow } from "windmill-client";

type Line = { sku: string; qty: number };

const reserve = taskScript("f/inventory/reserve_by_warehouse");

const stockLevels = task(async (skus: string[]) => {
  const r = await fetch(`https://wms.example.com/stock?skus=${skus.join(",")}`);
  return (await r.json()) as { sku: string; warehouse: string; onHand: number }[];
});

function plan(lines: Line[], levels: { sku: string; warehouse: string; onHand: number }[]) {
  const byWarehouse = new Map<string, Line[]>();
  for (const line of lines) {
    const source = levels
      .filter((l) => l.sku === line.sku && l.onHand >= line.qty)
      .sort((a, b) => b.onHand - a.onHand)[0];
    if (!source) continue;
    const list = byWarehouse.get(source.warehouse) ?? [];
    list.push(line);
    byWarehouse.set(source.warehouse, list);
  }
  return byWarehouse;
}

export const main = workflow(async (orderId: string, lines: Line[]) => {
  const levels = await stockLevels(lines.map((l) => l.sku));
  const allocation = plan(lines, levels);
  const result = await reserve({ order_id: orderId, allocation }); // expect: WAC107
  return { orderId, warehouses: allocation.size, result };
});
