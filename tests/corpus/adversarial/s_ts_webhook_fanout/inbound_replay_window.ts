// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed after every task: a later round reads a later clock), task(); node:crypto timingSafeEqual is pure
import { createHmac, timingSafeEqual } from "node:crypto";
import { task, workflow } from "windmill-client";

const TOLERANCE_SECONDS = 300;

type StripeLikeEvent = { id: string; type: string; data: { object: Record<string, unknown> } };

const recordEvent = task(async (event: StripeLikeEvent) => {
  const res = await fetch("https://billing.internal/events", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(event),
  });
  return res.ok;
});

const forwardToTeams = task(async (eventType: string, ids: string[]) => {
  await fetch(`https://router.internal/forward/${eventType}`, {
    method: "POST",
    body: JSON.stringify({ ids }),
  });
  return ids.length;
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
  if (Math.abs(Date.now() / 1000 - ts) > TOLERANCE_SECONDS) { // expect: WAC102
    throw new Error("stale webhook");
  }

  const event = JSON.parse(raw_body) as StripeLikeEvent;
  const stored = await recordEvent(event);
  if (!stored) return { id: event.id, forwarded: 0 };
  const forwarded = await forwardToTeams(event.type, [event.id]);
  return { id: event.id, forwarded };
});
