// SDK: windmill-client 1.818.0 client.mjs task() (the body runs in the child job; its JSON result is replayed); @eventstore/db-client readStream inside the task
import { EventStoreDBClient, jsonEvent, FORWARDS, START } from "@eventstore/db-client";
import { task, workflow } from "windmill-client";

const client = EventStoreDBClient.connectionString(
  "esdb://eventstore.internal:2113?tls=false",
);

type InventoryEvent = {
  type: "StockReserved" | "StockReleased";
  data: { sku: string; qty: number; orderId: string };
};

const readDeltas = task(async (maxCount: number) => {
  const deltas: Record<string, number> = {};
  let last = "0";
  for await (const resolved of client.readStream<InventoryEvent>("$ce-inventory", {
    direction: FORWARDS,
    fromRevision: START,
    maxCount,
  })) {
    if (!resolved.event) continue;
    const { type, data } = resolved.event;
    deltas[data.sku] = (deltas[data.sku] ?? 0) + (type === "StockReserved" ? -data.qty : data.qty);
    last = String(resolved.event.revision);
  }
  return { deltas, last };
});

const updateReadModel = task(async (sku: string, delta: number) => {
  await fetch(`https://inventory.internal/read-model/${sku}`, {
    method: "PATCH",
    body: JSON.stringify({ delta }),
  });
  return delta;
});

const checkpointPosition = task(async (projection: string, position: string) => {
  await client.appendToStream(`$checkpoint-${projection}`, jsonEvent({ type: "Checkpoint", data: { position } }));
  return position;
});

export const main = workflow(async (projection = "inventory-by-sku", maxCount = 500) => {
  const { deltas, last } = await readDeltas(maxCount);
  for (const [sku, delta] of Object.entries(deltas)) {
    await updateReadModel(sku, delta);
  }
  await checkpointPosition(projection, last);
  return { skus: Object.keys(deltas).length, last };
});
