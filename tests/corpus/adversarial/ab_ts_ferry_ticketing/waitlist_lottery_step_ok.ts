// SDK: windmill-client 1.818.0 client.mjs: step(name, fn) checkpoints fn's result, so a shuffle drawn inside it is replayed; Array.prototype.sort is stable (ES2019)
import { task, step, workflow } from "windmill-client";

type WaitlistEntry = { bookingRef: string; passengers: number; addedAt: string };

const loadWaitlist = task(async (sailingId: string): Promise<WaitlistEntry[]> => {
  const res = await fetch(`https://booking.blueferry.example/sailings/${sailingId}/waitlist`);
  return (await res.json()) as WaitlistEntry[];
});

const offerSeat = task(async (sailingId: string, bookingRef: string, seats: number) => {
  const res = await fetch(`https://booking.blueferry.example/sailings/${sailingId}/offers`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ bookingRef, seats, expiresInMinutes: 30 }),
  });
  return { bookingRef, offered: res.ok };
});

export const main = workflow(async (sailingId: string, freedSeats: number) => {
  const waitlist = await loadWaitlist(sailingId);

  const lottery = await step("draw_lottery", () =>
    [...waitlist].sort(() => Math.random() - 0.5).map((e) => e.bookingRef),
  );
  const byRef = new Map(waitlist.map((e) => [e.bookingRef, e] as const));

  // larger parties first among equal draws: sort is stable so ties keep the drawn order
  const ordered = [...lottery].sort(
    (a, b) => (byRef.get(b)?.passengers ?? 0) - (byRef.get(a)?.passengers ?? 0),
  );

  const offers: { bookingRef: string; offered: boolean }[] = [];
  let remaining = freedSeats;
  for (const ref of ordered) {
    const entry = byRef.get(ref);
    if (!entry || entry.passengers > remaining) continue;
    offers.push(await offerSeat(sailingId, ref, entry.passengers));
    remaining -= entry.passengers;
    if (remaining === 0) break;
  }

  return { sailingId, offers, unallocated: remaining };
});
