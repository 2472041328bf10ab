// SDK: windmill-client 1.818.0 client.mjs task() (the child job runs the body once), sleep() durable; nats.js connect()/publish()/drain() inside the task
import { connect, JSONCodec } from "nats";
import { task, sleep, workflow } from "windmill-client";

type OutboxRow = { id: string; topic: string; body: unknown };
const codec = JSONCodec<OutboxRow>();

const claimOutbox = task(async (batchSize: number) => {
  const res = await fetch("https://orders.internal/outbox/claim", {
    method: "POST",
    body: JSON.stringify({ batchSize }),
  });
  return (await res.json()) as OutboxRow[];
});

const publishBatch = task(async (rows: OutboxRow[]) => {
  const nc = await connect({ servers: "nats://nats.internal:4222" });
  try {
    for (const row of rows) nc.publish(row.topic, codec.encode(row));
    await nc.flush();
  } finally {
    await nc.drain();
  }
  const res = await fetch("https://orders.internal/outbox/published", {
    method: "POST",
    body: JSON.stringify({ ids: rows.map((r) => r.id) }),
  });
  return res.ok ? rows.length : 0;
});

export const main = workflow(async (batchSize = 100, rounds = 3) => {
  let published = 0;
  for (let round = 0; round < rounds; round++) {
    const rows = await claimOutbox(batchSize);
    if (rows.length === 0) break;
    published += await publishBatch(rows);
    await sleep(30);
  }
  return { published };
});
