// SDK: windmill-client 1.818.0 client.mjs parallel() (maps fn over items in the body, batches by concurrency), task() kwargs; body replayed each round
import { createHmac } from "node:crypto";
import { parallel, task, workflow } from "windmill-client";

interface Subscriber {
  id: string;
  url: string;
  secret: string;
}

interface Delivery {
  subscriberId: string;
  status: number;
}

const listSubscribers = task(async (topic: string): Promise<Subscriber[]> => {
  const res = await fetch(`https://hooks.internal/topics/${topic}/subscribers`);
  return (await res.json()) as Subscriber[];
});

const deliver = task(async (sub: Subscriber, body: string, signature: string, timestamp: number): Promise<Delivery> => {
  const res = await fetch(sub.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-webhook-signature": signature,
      "x-webhook-timestamp": String(timestamp),
    },
    body,
  });
  return { subscriberId: sub.id, status: res.status };
});

function sign(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export const main = workflow(async (topic: string, event: { id: string; type: string; data: unknown }) => {
  const subscribers = await listSubscribers(topic);
  const body = JSON.stringify(event);
  const timestamp = Math.floor(Date.now() / 1000); // expect: WAC102

  const deliveries = await parallel(
    subscribers,
    (sub) => deliver(sub, body, sign(sub.secret, timestamp, body), timestamp),
    { concurrency: 8 },
  );
  const failed = deliveries.filter((d) => d.status >= 400).map((d) => d.subscriberId);
  return { eventId: event.id, delivered: deliveries.length - failed.length, failed };
});
