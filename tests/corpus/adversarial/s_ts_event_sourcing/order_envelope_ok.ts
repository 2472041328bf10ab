// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (fn runs once, its JSON result is replayed), task() wrapper
import { task, step, workflow } from "windmill-client";

type OrderEvent =
  | { type: "OrderPlaced"; orderId: string; lines: { sku: string; qty: number }[] }
  | { type: "OrderConfirmed"; orderId: string };

interface Envelope<E> {
  eventId: string;
  streamId: string;
  occurredAt: string;
  payload: E;
}

const appendToStream = task(async (streamId: string, expectedVersion: number, events: Envelope<OrderEvent>[]) => {
  const res = await fetch(`${process.env.EVENT_STORE_URL}/streams/${streamId}`, {
    method: "POST",
    headers: { "content-type": "application/json", "ES-ExpectedVersion": String(expectedVersion) },
    body: JSON.stringify(events),
  });
  if (res.status === 409) throw new Error(`concurrency conflict on ${streamId}`);
  return { nextVersion: expectedVersion + events.length };
});

const readStreamVersion = task(async (streamId: string) => {
  const res = await fetch(`${process.env.EVENT_STORE_URL}/streams/${streamId}/head`);
  return ((await res.json()) as { version: number }).version;
});

function envelope(streamId: string, payload: OrderEvent): Envelope<OrderEvent> {
  return {
    eventId: crypto.randomUUID(),
    streamId,
    occurredAt: new Date().toISOString(),
    payload,
  };
}

// The envelopes get their ids and timestamps once; replays read them back.
export const main = workflow(async (orderId: string, lines: { sku: string; qty: number }[]) => {
  const streamId = `order-${orderId}`;
  const version = await readStreamVersion(streamId);

  const batch = await step("order_envelopes", () => [
    envelope(streamId, { type: "OrderPlaced", orderId, lines }),
    envelope(streamId, { type: "OrderConfirmed", orderId }),
  ]);
  const { nextVersion } = await appendToStream(streamId, version, batch);
  return { streamId, version: nextVersion, eventIds: batch.map((e) => e.eventId) };
});
