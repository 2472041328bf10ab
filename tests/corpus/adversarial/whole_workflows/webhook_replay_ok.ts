// SDK: windmill-client 1.818.0 client.mjs: only task/step/sleep/approval are durable; new Date(<input string>), Date.parse, createHash and new URL are pure functions of the inputs, the same on every replay.
import { createHash } from "node:crypto";
import { step, task, workflow } from "windmill-client";

type WebhookEvent = { id: string; type: string; createdAt: string; payload: Record<string, unknown> };
type Delivery = { eventId: string; endpoint: string; status: number };

const MAX_AGE_MS = 72 * 3600 * 1000;

const deliver = task(async (endpoint: string, event: WebhookEvent, signature: string) => {
  const res = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", "x-signature": signature },
    body: JSON.stringify(event),
  });
  return { eventId: event.id, endpoint, status: res.status } satisfies Delivery;
});

const markDelivered = task(async (deliveries: Delivery[]) => {
  await fetch("https://events.internal/api/deliveries", { method: "POST", body: JSON.stringify(deliveries) });
  return deliveries.length;
});

function sign(secretHint: string, event: WebhookEvent): string {
  return createHash("sha256").update(`${secretHint}.${event.id}.${event.createdAt}`).digest("hex");
}

function hostOf(endpoint: string): string {
  return new URL(endpoint).host;
}

export const main = workflow(async (events: WebhookEvent[], endpoints: string[], replayedAt: string) => {
  // ages are measured against the replay time the caller passed, not the clock
  const reference = new Date(replayedAt).getTime();
  const fresh = events.filter((e) => reference - Date.parse(e.createdAt) <= MAX_AGE_MS);
  const stale = events.length - fresh.length;

  const deliveries: Delivery[] = [];
  for (const endpoint of endpoints) {
    const host = hostOf(endpoint);
    const results = await Promise.all(fresh.map((e) => deliver(endpoint, e, sign(host, e))));
    deliveries.push(...results);
  }

  const recorded = await markDelivered(deliveries.filter((d) => d.status < 300));
  const failedHosts = await step("failed_hosts", () =>
    [...new Set(deliveries.filter((d) => d.status >= 300).map((d) => hostOf(d.endpoint)))].sort(),
  );
  return { delivered: recorded, stale, failedHosts };
});
