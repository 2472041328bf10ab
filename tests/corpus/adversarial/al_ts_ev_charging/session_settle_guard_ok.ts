// SDK: windmill-client 1.818.0 index.js exports `StepSuspend` (class, `name = "StepSuspend"`); the handler rethrows it before anything else, and what it schedules with `queueMicrotask` is only a log line
// Restate port: failures of the capture are logged off the hot path; the suspension is rethrown first.
import { StepSuspend, task, workflow } from "windmill-client";

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
  } catch (err) {
    if (err instanceof StepSuspend) throw err;
    queueMicrotask(() => console.warn(`session ${sessionId} not captured`, err));
    return { settled: false };
  }
});
