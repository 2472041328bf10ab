// Check stock levels for every SKU of a warehouse and place reorders for the
// ones under their threshold. The reorder task is deployed under its own path.
import { task, taskScript, workflow } from "windmill-client";

type Sku = { sku: string; on_hand: number; reorder_point: number; target: number; pack_size?: number; supplier: string };

const getStockLevels = taskScript("f/inventory/get_stock_levels");

const placePurchaseOrder = task("f/inventory/place_purchase_order", async (warehouseId: string, sku: Sku) => {
  const pack = sku.pack_size ?? 1;
  const quantity = Math.ceil((sku.target - sku.on_hand) / pack) * pack;
  const res = await fetch("https://erp.example/api/purchase-orders", {
    method: "POST",
    body: JSON.stringify({ warehouse: warehouseId, sku: sku.sku, quantity, supplier: sku.supplier }),
  });
  const po = await res.json();
  return { sku: sku.sku, quantity, po: po.number as string };
});

export const main = workflow(async (warehouseId: string) => {
  const levels: Sku[] = await getStockLevels({ warehouse_id: warehouseId });
  const ordered = [];
  for (const sku of levels) {
    if (sku.on_hand < sku.reorder_point) {
      const po = await placePurchaseOrder(warehouseId, sku);
      ordered.push(po);
    }
  }
  return { warehouse: warehouseId, ordered };
});
