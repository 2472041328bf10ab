// SDK: windmill-client 1.818.0 index.js: the body re-runs on every round; the `stamped` tag reads `new Date()` each time it runs, so the receipt text differs between rounds; windmill-oracle `dag` labels the tagged-template step `step`, not `capture_receipt` (`_runInlineStep` keys it by the tag's result)
// Team code: charging receipts; two small template tags from the team's string utils.
import { step, task, workflow } from "windmill-client";

function stamped(strings: TemplateStringsArray, ...values: unknown[]): string {
  return `[${new Date().toISOString()}] ${String.raw({ raw: strings }, ...values)}`;
}

function sk(strings: TemplateStringsArray, ...values: unknown[]): string {
  return String.raw({ raw: strings }, ...values).trim().toLowerCase().replaceAll(/[^a-z0-9]+/g, "_");
}

const sendReceipt = task(async function sendReceipt(driverEmail: string, text: string) {
  await fetch("https://mail.voltyard.example/api/send", {
    method: "POST",
    body: JSON.stringify({ to: driverEmail, subject: "Your charging receipt", text }),
  });
  return text.length;
});

export const main = workflow(async (sessionId: string, driverEmail: string, kwh: number, amountCents: number) => {
  const total = await step(sk`Capture Receipt`, async () => { // expect: WAC103
    const r = await fetch(`https://billing.voltyard.example/api/sessions/${sessionId}/total`);
    return ((await r.json()) as { cents: number }).cents;
  });
  const text = stamped`Session ${sessionId}: ${kwh} kWh, ${(total ?? amountCents) / 100} EUR`; // expect: WAC102
  await sendReceipt(driverEmail, text);
  return { sessionId, total };
});
