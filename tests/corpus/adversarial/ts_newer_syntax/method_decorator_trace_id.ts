// SDK: windmill-client 1.818.0 client.mjs: the decorated method runs in the body on every replay; the wrapper draws a fresh `crypto.randomUUID()` each time and the method hands it to the task, so the trace id changes between the round that dispatched the task and the child job that replays the body to run it.
import { task, workflow } from "windmill-client";

function traced<R>(
  target: (this: InventorySync, sku: string, qty: number) => Promise<R>,
  _ctx: ClassMethodDecoratorContext<InventorySync>,
) {
  return function (this: InventorySync, sku: string, qty: number): Promise<R> {
    this.traceId = crypto.randomUUID();
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
    pushed.push(await sync.push(l.sku, l.qty)); // expect: WAC102
  }
  return pushed;
});
