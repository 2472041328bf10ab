// SDK: windmill-client 1.818.0 client.mjs parallel() (fn(item) per item), task() (the child job runs the body once; the result is replayed)
import { createHmac } from "node:crypto";
import { parallel, task, workflow } from "windmill-client";

interface Subscriber {
  id: string;
  url: string;
  secret: string;
}

const listSubscribers = task(async (topic: string): Promise<Subscriber[]> => {
  const res = await fetch(`https://hooks.internal/topics/${topic}/subscribers`);
  return (await res.json()) as Subscriber[];
});

// Signing happens at delivery time, inside the task: each attempt gets a fresh timestamp.
const deliver = task(async (sub: Subscriber, body: string) => {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", sub.secret).update(`${timestamp}.${body}`).digest("hex");
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

export const main = workflow(async (topic: string, event: { id: string; type: string; data: unknown }) => {
  const subscribers = await listSubscribers(topic);
  const body = JSON.stringify(event);
  const digest = createHmac("sha256", event.id).update(body).digest("base64url");

  const deliveries = await parallel(subscribers, (sub) => deliver(sub, body), { concurrency: 8 });
  const failed = deliveries.filter((d) => d.status >= 400).map((d) => d.subscriberId);
  return { eventId: event.id, digest, delivered: deliveries.length - failed.length, failed };
});
