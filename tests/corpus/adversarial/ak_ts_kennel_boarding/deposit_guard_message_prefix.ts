// SDK: windmill-client 1.818.0 client.mjs `StepSuspend`: `super("__step_suspend__")` then `this.name = "StepSuspend"`; its message never starts with "StepSuspend" (only `String(e)` / `e.name` do), so this guard lets the suspension fall through to the recovery path
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
  } catch (e) { // expect: WAC202
    if ((e as Error).message.startsWith("StepSuspend")) throw e;
    console.warn(`deposit failed for ${bookingId}`);
    return { bookingId, paymentId: null };
  }
});
