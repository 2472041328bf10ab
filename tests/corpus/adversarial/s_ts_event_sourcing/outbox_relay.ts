// SDK: windmill-client 1.818.0 client.mjs workflow()/task() (module code and the body run again every round); nats.js connect() opens a TCP connection, publish() sends
import { connect, JSONCodec } from "nats";
import { task, sleep, workflow } from "windmill-client";

const codec = JSONCodec<{ id: string; topic: string; body: unknown }>();

const nc = await connect({ servers: "nats://nats.internal:4222" }); // expect: WAC101

const claimOutbox = task(async (batchSize: number) => {
  const res = await fetch("https://orders.internal/outbox/claim", {
    method: "POST",
    body: JSON.stringify({ batchSize }),
  });
  return (await res.json()) as { id: string; topic: string; body: unknown }[];
});

const markPublished = task(async (ids: string[]) => {
  await fetch("https://orders.internal/outbox/published", {
    method: "POST",
    body: JSON.stringify({ ids }),
  });
  return ids.length;
});

export const main = workflow(async (batchSize = 100, rounds = 3) => {
  let published = 0;
  for (let round = 0; round < rounds; round++) {
    const rows = await claimOutbox(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      nc.publish(row.topic, codec.encode(row)); // expect: WAC101
    }
    published += await markPublished(rows.map((r) => r.id));
    await sleep(30);
  }
  return { published };
});
