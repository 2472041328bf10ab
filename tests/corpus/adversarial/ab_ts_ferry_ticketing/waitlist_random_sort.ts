// SDK: windmill-client 1.818.0 client.mjs: task keys come from name + call order (_allocKey); Math.random in the body differs per round
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

  // fair lottery among everyone who joined the waitlist
  const lottery = [...waitlist].sort(() => Math.random() - 0.5); // expect: WAC102

  const offers: { bookingRef: string; offered: boolean }[] = [];
  let remaining = freedSeats;
  for (const entry of lottery) {
    if (entry.passengers > remaining) continue;
    offers.push(await offerSeat(sailingId, entry.bookingRef, entry.passengers));
    remaining -= entry.passengers;
    if (remaining === 0) break;
  }

  return { sailingId, offers, unallocated: remaining };
});
