// SDK: windmill-client 1.818.0 client.mjs step(): "fn's result is encoded as JSON and decoded back before it is returned"; the bigint micro-cent total comes back as a string, so `totalMicroCents / 10_000n` throws on every round after the first
import { task, step, workflow } from "windmill-client";

type Line = { sku: string; tonnes: number; microCentsPerTonne: string };

const issueInvoice = task(async (customerId: string, amountCents: number, lines: Line[]) => {
  const r = await fetch("https://billing.verdant.example/v1/invoices", {
    method: "POST",
    body: JSON.stringify({ customerId, amountCents, lines }),
  });
  return (await r.json()).invoiceId as string;
});

function lineTotal(l: Line): bigint {
  return BigInt(l.microCentsPerTonne) * BigInt(l.tonnes);
}

export const main = workflow(async (customerId: string, lines: Line[]) => {
  const totalMicroCents = await step("total", () => lines.reduce((acc, l) => acc + lineTotal(l), 0n)); // expect: WAC107
  const amountCents = Number(totalMicroCents / 10_000n);
  if (amountCents === 0) return { invoiceId: null };
  const invoiceId = await issueInvoice(customerId, amountCents, lines);
  return { invoiceId, amountCents };
});
