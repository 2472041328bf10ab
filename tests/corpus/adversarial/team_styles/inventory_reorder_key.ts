// SDK: windmill-client 1.818.0 client.mjs `_waitForApproval`: the key is allocated like a step key; built from the SKU it is stable for one input, but Windmill's parser cannot read it (WAC103 warning).
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Warehouse = "berlin" | "lyon" | "porto";

const stockLevel = task(async (sku: string, warehouse: Warehouse) => ({ onHand: 4, reorderPoint: 10, supplier: "acme" }));
const draftPurchaseOrder = task(async (sku: string, qty: number, supplier: string) => ({ po: "PO-1", qty }));
const sendPoToBuyer = task(async (buyer: string, po: string, approvalPage: string) => ({ sent: true }));
const submitPurchaseOrder = task(async (po: string) => ({ submitted: true }));

export const main = workflow(async (sku: string, warehouse: Warehouse, buyer: string, multiplier: number = 2) => {
  const stock = await stockLevel(sku, warehouse);
  if (stock.onHand >= stock.reorderPoint) return { sku, reordered: false };
  const draft = await draftPurchaseOrder(sku, stock.reorderPoint * multiplier, stock.supplier);
  const urls = await step("buyer_urls", () => getResumeUrls(buyer));
  await sendPoToBuyer(buyer, draft.po, urls.approvalPage);
  const decision = await waitForApproval({ timeout: 86_400, key: `reorder_${sku}` }); // expect: WAC103
  if (!decision.approved) return { sku, reordered: false, po: draft.po };
  return { sku, reordered: true, ...(await submitPurchaseOrder(draft.po)) };
});
