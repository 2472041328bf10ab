// SDK: windmill-client 1.818.0 client.mjs: task arguments are computed by the body in each round; crypto.randomUUID() gives a new key on the replay that dispatches the charge, so the payment provider's idempotency never matches a retry
import { task, workflow, waitForApproval } from "windmill-client";

type Booking = { ref: string; room: string; players: number; pricePence: number; email: string };

const chargeDeposit = task(async (booking: Booking, idempotencyKey: string) => {
  const r = await fetch("https://api.payments.example/v1/charges", {
    method: "POST",
    headers: { "Idempotency-Key": idempotencyKey },
    body: JSON.stringify({ amount: Math.round(booking.pricePence * 0.25), currency: "gbp", ref: booking.ref }),
  });
  return (await r.json()).chargeId as string;
});

const confirmSlot = task(async (booking: Booking, chargeId: string) => {
  const r = await fetch(`https://bookings.lockbox-escapes.example/${booking.ref}/confirm`, {
    method: "POST",
    body: JSON.stringify({ chargeId }),
  });
  return (await r.json()).slot as string;
});

export const main = workflow(async (booking: Booking, needsManagerOk = false) => {
  if (needsManagerOk || booking.players > 10) {
    const ok = await waitForApproval({ timeout: 12 * 3600 });
    if (!ok.approved) return { ref: booking.ref, status: "declined" };
  }
  const idempotencyKey = `dep_${booking.ref}_${crypto.randomUUID()}`; // expect: WAC102
  const chargeId = await chargeDeposit(booking, idempotencyKey);
  const slot = await confirmSlot(booking, chargeId);
  return { ref: booking.ref, status: "confirmed", slot };
});
