import * as wmill from "windmill-client";

export async function main(amount_cents: number, currency: string, reference: string) {
  const xero = await wmill.getResource("f/heldout_ang/xero");
  const res = await fetch("https://api.xero.com/api.xro/2.0/ManualJournals", {
    method: "POST",
    headers: { Authorization: `Bearer ${xero.token}`, "xero-tenant-id": xero.tenant, "Content-Type": "application/json" },
    body: JSON.stringify({
      Narration: `Stripe ${reference}`,
      JournalLines: [
        { LineAmount: amount_cents / 100, AccountCode: "200" },
        { LineAmount: -amount_cents / 100, AccountCode: "610" },
      ],
      CurrencyCode: currency.toUpperCase(),
    }),
  });
  return { ok: res.ok };
}
