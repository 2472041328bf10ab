// SDK: windmill-client 1.818.0 index.js `_raiseSuspend` throws `StepSuspend` (an Error) out of the task's `then`; the handler below only schedules a throw with `queueMicrotask`, so the catch itself completes and `return { settled: false }` runs on every suspension
// Restate port: `ctx.run` failures were surfaced as "unhandled" by rethrowing on the microtask queue so the alerting hook sees them.
import { task, workflow } from "windmill-client";

const captureSession = task(async function captureSession(sessionId: string, kwh: number) {
  const r = await fetch(`https://billing.voltyard.example/api/sessions/${sessionId}/capture`, {
    method: "POST",
    body: JSON.stringify({ kwh }),
  });
  if (!r.ok) throw new Error(`capture failed: ${r.status}`);
  return (await r.json()) as { invoiceId: string; amountCents: number };
});

export const main = workflow(async (sessionId: string, kwh: number) => {
  try {
    const invoice = await captureSession(sessionId, kwh);
    return { settled: true, invoice };
  } catch (err) { // expect: WAC202
    queueMicrotask(() => {
      throw err;
    });
    return { settled: false };
  }
});
