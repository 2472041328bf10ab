// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (the freshness verdict is checkpointed; replays read it back); node:crypto HMAC is pure
import { createHmac, timingSafeEqual } from "node:crypto";
import { step, task, workflow } from "windmill-client";

const TOLERANCE_SECONDS = 300;

type StripeLikeEvent = { id: string; type: string };

const recordEvent = task(async (event: StripeLikeEvent) => {
  const res = await fetch("https://billing.internal/events", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(event),
  });
  return res.ok;
});

function verify(rawBody: string, header: string, secret: string): { ok: boolean; ts: number } {
  const parts = Object.fromEntries(header.split(",").map((kv) => kv.split("=") as [string, string]));
  const ts = Number(parts.t);
  const expected = createHmac("sha256", secret).update(`${ts}.${rawBody}`).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(parts.v1 ?? "");
  return { ok: a.length === b.length && timingSafeEqual(a, b), ts };
}

export const main = workflow(async (raw_body: string, signature_header: string, endpoint_secret: string) => {
  const { ok, ts } = verify(raw_body, signature_header, endpoint_secret);
  if (!ok) throw new Error("bad signature");
  const fresh = await step("freshness", () => Math.abs(Date.now() / 1000 - ts) <= TOLERANCE_SECONDS);
  if (!fresh) throw new Error("stale webhook");

  const event = JSON.parse(raw_body) as StripeLikeEvent;
  const stored = await recordEvent(event);
  return { id: event.id, stored };
});
