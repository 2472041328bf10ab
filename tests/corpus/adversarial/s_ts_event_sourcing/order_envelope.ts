// SDK: windmill-client 1.818.0 client.mjs task() wrapper (args become the child job's kwargs; the body re-runs every round), _nextStep checkpoint keys
import { task, step, workflow } from "windmill-client";

type OrderEvent =
  | { type: "OrderPlaced"; orderId: string; lines: { sku: string; qty: number }[] }
  | { type: "OrderConfirmed"; orderId: string }
  | { type: "OrderShipped"; orderId: string; carrier: string };

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
  const body = (await res.json()) as { version: number };
  return body.version;
});

function envelope(streamId: string, payload: OrderEvent): Envelope<OrderEvent> {
  return {
    eventId: crypto.randomUUID(),
    streamId,
    occurredAt: new Date().toISOString(),
    payload,
  };
}

export const main = workflow(async (orderId: string, lines: { sku: string; qty: number }[], carrier: string) => {
  const streamId = `order-${orderId}`;
  const version = await readStreamVersion(streamId);

  const placed = envelope(streamId, { type: "OrderPlaced", orderId, lines }); // expect: WAC102
  const confirmed = envelope(streamId, { type: "OrderConfirmed", orderId }); // expect: WAC102
  const { nextVersion } = await appendToStream(streamId, version, [placed, confirmed]);

  const shipped = await step("shipped_envelope", () =>
    envelope(streamId, { type: "OrderShipped", orderId, carrier }),
  );
  await appendToStream(streamId, nextVersion, [shipped]);
  return { streamId, version: nextVersion + 1 };
});
