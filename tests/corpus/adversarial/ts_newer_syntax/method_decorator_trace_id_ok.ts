// SDK: windmill-client 1.818.0 client.mjs: the wrapper derives the trace id from the method name and its arguments, the same on every replay.
import { task, workflow } from "windmill-client";

function traced<R>(
  target: (this: InventorySync, sku: string, qty: number) => Promise<R>,
  ctx: ClassMethodDecoratorContext<InventorySync>,
) {
  return function (this: InventorySync, sku: string, qty: number): Promise<R> {
    this.traceId = `${String(ctx.name)}:${sku}:${qty}`;
    return target.call(this, sku, qty);
  };
}

const pushInventory = task(async (traceId: string, sku: string, qty: number) => {
  await fetch("https://erp.example.com/inventory", {
    method: "PUT",
    headers: { "X-Trace-Id": traceId },
    body: JSON.stringify({ sku, qty }),
  });
  return { sku, traceId };
});

class InventorySync {
  traceId = "";

  @traced  // expect: WAC903
  async push(sku: string, qty: number) {
    return await pushInventory(this.traceId, sku, qty);
  }
}

export const main = workflow(async (levels: { sku: string; qty: number }[]) => {
  const sync = new InventorySync();
  const pushed = [];
  for (const l of levels) {
    pushed.push(await sync.push(l.sku, l.qty));
  }
  return pushed;
});
