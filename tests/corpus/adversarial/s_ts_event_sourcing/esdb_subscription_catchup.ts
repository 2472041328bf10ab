// SDK: windmill-client 1.818.0 client.mjs workflow() (the body is replayed from the top each round), task() wrapper; @eventstore/db-client readStream / appendToStream do gRPC I/O
import { EventStoreDBClient, jsonEvent, FORWARDS, START } from "@eventstore/db-client";
import { task, workflow } from "windmill-client";

const client = EventStoreDBClient.connectionString(
  "esdb://eventstore.internal:2113?tls=false",
);

type InventoryEvent = {
  type: "StockReserved" | "StockReleased";
  data: { sku: string; qty: number; orderId: string };
};

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
  const events = client.readStream<InventoryEvent>("$ce-inventory", { // expect: WAC101
    direction: FORWARDS,
    fromRevision: START,
    maxCount,
  });

  const deltas = new Map<string, number>();
  let last = "0";
  for await (const resolved of events) {
    if (!resolved.event) continue;
    const { type, data } = resolved.event;
    const sign = type === "StockReserved" ? -1 : 1;
    deltas.set(data.sku, (deltas.get(data.sku) ?? 0) + sign * data.qty);
    last = String(resolved.event.revision);
  }

  for (const [sku, delta] of deltas) {
    await updateReadModel(sku, delta);
  }
  await checkpointPosition(projection, last);
  return { skus: deltas.size, last };
});
