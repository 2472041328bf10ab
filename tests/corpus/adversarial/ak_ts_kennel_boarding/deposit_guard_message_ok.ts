// SDK: windmill-client 1.818.0 client.mjs `StepSuspend` calls `super("__step_suspend__")`, so `String(e)` is "StepSuspend: __step_suspend__" and the test below is true for the suspension only; the handler then rethrows it before any recovery
// Ported from a Cloudflare Workflows sample (`try { await step.do(...) } catch { ... }`), written by a team that greps the message.
import { task, workflow } from "windmill-client";

const chargeDeposit = task(async function chargeDeposit(bookingId: string, cents: number): Promise<{ paymentId: string }> {
  const r = await fetch("https://pay.pawsinn.example/v1/charges", {
    method: "POST",
    body: JSON.stringify({ bookingId, amount: cents, currency: "eur" }),
  });
  if (!r.ok) throw new Error(`charge failed: ${r.status}`);
  return (await r.json()) as { paymentId: string };
});

const flagFrontDesk = task(async function flagFrontDesk(bookingId: string, reason: string): Promise<void> {
  await fetch("https://ops.pawsinn.example/api/desk/flags", {
    method: "POST",
    body: JSON.stringify({ bookingId, reason }),
  });
});

export const main = workflow(async (bookingId: string, nights: number) => {
  try {
    const { paymentId } = await chargeDeposit(bookingId, nights * 4500);
    return { bookingId, paymentId };
  } catch (e) {
    if (String(e).includes("__step_suspend__")) throw e;
    await flagFrontDesk(bookingId, String(e));
    return { bookingId, paymentId: null };
  }
});
