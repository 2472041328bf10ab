// SDK: windmill-client 1.818.0 index.js: the body re-runs on every round; the `money` tag only formats its inputs with an explicit locale and currency, the step has a literal name (windmill-oracle `dag` labels it `capture_receipt`), and the time is read inside the step
// Team code: charging receipts, tags kept for formatting only.
import { step, task, workflow } from "windmill-client";

const EUR = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });

function money(strings: TemplateStringsArray, ...values: number[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? EUR.format(values[i] / 100) : ""), "");
}

const sendReceipt = task(async function sendReceipt(driverEmail: string, text: string) {
  await fetch("https://mail.voltyard.example/api/send", {
    method: "POST",
    body: JSON.stringify({ to: driverEmail, subject: "Your charging receipt", text }),
  });
  return text.length;
});

export const main = workflow(async (sessionId: string, driverEmail: string, kwh: number, amountCents: number) => {
  const { cents, at } = await step("capture_receipt", async () => {
    const r = await fetch(`https://billing.voltyard.example/api/sessions/${sessionId}/total`);
    return { cents: ((await r.json()) as { cents: number }).cents, at: new Date().toISOString() };
  });
  const text = `[${at}] Session ${sessionId}: ${kwh} kWh, ` + money`${cents ?? amountCents}`;
  await sendReceipt(driverEmail, text);
  return { sessionId, cents };
});
