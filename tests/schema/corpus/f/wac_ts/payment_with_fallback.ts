// Capture a card payment; the provider is flaky so the task retries with
// backoff, and if it still fails we fall back to the secondary processor.
import { task, workflow } from "windmill-client";

const capturePrimary = task(
  async (paymentIntent: string, amountCents: number) => {
    const res = await fetch(`https://api.primary-psp.example/v1/payment_intents/${paymentIntent}/capture`, {
      method: "POST",
      body: JSON.stringify({ amount_to_capture: amountCents }),
    });
    if (!res.ok) throw new Error(`primary PSP: ${res.status}`);
    return await res.json();
  },
  { timeout: 60, retry: { attempts: 3, delay: 30, multiplier: 2 } },
);

const captureSecondary = task(
  async (paymentIntent: string, amountCents: number) => {
    const res = await fetch("https://api.backup-psp.example/capture", {
      method: "POST",
      body: JSON.stringify({ ref: paymentIntent, amount: amountCents }),
    });
    if (!res.ok) throw new Error(`backup PSP: ${res.status}`);
    return await res.json();
  },
  { timeout: 60 },
);

const recordCapture = task(async (orderId: string, provider: string, capture: unknown) => {
  await fetch(`https://orders.example/api/${orderId}/payments`, { method: "POST", body: JSON.stringify({ provider, capture }) });
});

export const main = workflow(async (orderId: string, paymentIntent: string, amountCents: number) => {
  let capture: unknown;
  let provider = "primary";
  try {
    capture = await capturePrimary(paymentIntent, amountCents);
  } catch (e: any) {
    if (e?.name === "StepSuspend") throw e;
    capture = await captureSecondary(paymentIntent, amountCents);
    provider = "secondary";
  }
  await recordCapture(orderId, provider, capture);
  return { orderId, provider };
});
