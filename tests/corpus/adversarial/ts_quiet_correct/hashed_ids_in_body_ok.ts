// SDK: windmill-client 1.818.0 client.mjs: the ids are pure functions of the inputs (Bun.hash, SHA-256 via crypto.subtle.digest), so each replay computes the same ones; the digest is turned into a hex string before it is passed on.
import { task, workflow } from "windmill-client";

type Event = { source: string; externalId: string; payload: Record<string, unknown> };

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const ingest = task(async (eventId: string, shard: number, payload: Record<string, unknown>) => {
  await fetch(`https://ingest.example.com/shards/${shard}/events/${eventId}`, {
    method: "PUT",
    body: JSON.stringify(payload),
  });
  return eventId;
});

export const main = workflow(async (events: Event[], shards: number = 16) => {
  const stored: string[] = [];
  for (const e of events) {
    const eventId = await sha256Hex(`${e.source}:${e.externalId}`);
    const shard = Number(Bun.hash(e.externalId) % BigInt(shards));
    stored.push(await ingest(eventId, shard, e.payload));
  }
  return { stored };
});
