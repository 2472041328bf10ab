// SDK: windmill-client 1.818.0 client.mjs: only task/step bodies are checkpointed; a fetch in a switch arm of the body runs again on each round that reaches it
import { task, step, workflow } from "windmill-client";

type Buyer = { buyerId: string; region: "uk" | "eu" | "us" | "hk"; bondedWarehouse: boolean };

const computeDuty = task(async (region: string, hammerCents: number) => {
  const res = await fetch(`https://tax.cellarhammer.example/duty?region=${region}&cents=${hammerCents}`);
  return ((await res.json()) as { dutyCents: number }).dutyCents;
});

const issueInvoice = task(async (buyerId: string, lines: { label: string; cents: number }[]) => {
  const res = await fetch("https://api.cellarhammer.example/invoices", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ buyerId, lines }),
  });
  return { invoiceId: (await res.json()).id as string };
});

export const main = workflow(async (buyer: Buyer, hammerCents: number) => {
  const lines: { label: string; cents: number }[] = [{ label: "hammer", cents: hammerCents }];
  const premium = Math.round(hammerCents * 0.25);
  lines.push({ label: "buyer's premium", cents: premium });

  switch (buyer.region) {
    case "uk":
      if (buyer.bondedWarehouse) {
        lines.push({ label: "in bond", cents: 0 });
        break;
      }
    // falls through: duty-paid UK delivery is priced like the EU
    case "eu":
      lines.push({ label: "duty", cents: await computeDuty(buyer.region, hammerCents) });
      break;
    case "us": {
      const fx = await fetch("https://fx.example/latest?base=GBP&symbols=USD"); // expect: WAC101
      const rate = ((await fx.json()) as { rates: { USD: number } }).rates.USD;
      lines.push({ label: "usd reference", cents: Math.round(hammerCents * rate) });
      break;
    }
    default:
      lines.push({ label: "export", cents: 0 });
  }

  const { invoiceId } = await issueInvoice(buyer.buyerId, lines);
  return { invoiceId, lines };
});
