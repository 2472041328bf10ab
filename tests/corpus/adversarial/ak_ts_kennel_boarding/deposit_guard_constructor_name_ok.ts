// SDK: windmill-client 1.818.0 client.mjs `var StepSuspend = class extends Error` (an anonymous class bound by `var` is named "StepSuspend", so `err.constructor.name === "StepSuspend"`); a failed task is a plain Error named "TaskError" (wacError.mjs `taskErrorFromMarker`)
// Ported from Restate TS (`try { await ctx.run(...) } catch (e) { if (e instanceof TerminalError) ... }`): the team tests the constructor's name instead of importing the SDK class.
import { step, task, workflow } from "windmill-client";

const chargeDeposit = task(async function chargeDeposit(bookingId: string, cents: number): Promise<{ paymentId: string }> {
  const r = await fetch("https://pay.pawsinn.example/v1/charges", {
    method: "POST",
    body: JSON.stringify({ bookingId, amount: cents, currency: "eur" }),
  });
  if (!r.ok) throw new Error(`charge failed: ${r.status}`);
  return (await r.json()) as { paymentId: string };
});

const holdBooking = task(async function holdBooking(bookingId: string): Promise<{ held: boolean }> {
  await fetch(`https://ops.pawsinn.example/api/bookings/${bookingId}/hold`, { method: "POST" });
  return { held: true };
});

export const main = workflow(async (bookingId: string, nights: number) => {
  const cents = nights * 4500;
  try {
    const { paymentId } = await chargeDeposit(bookingId, cents);
    return { bookingId, paymentId };
  } catch (err) {
    if ((err as Error)?.constructor?.name === "StepSuspend") throw err;
    await step("log_decline", () => console.warn(`deposit declined for ${bookingId}: ${(err as Error).message}`));
    const hold = await holdBooking(bookingId);
    return { bookingId, paymentId: null, held: hold.held };
  }
});
