// Re-submit payouts the rail rejected yesterday (rail outage, INC-2304).
import * as wmill from "windmill-client";

type Failed = { id: string; amount_minor: number; currency: string; iban: string };

export async function main(failedIds: string[], dryRun: boolean = true) {
  const res = await fetch(`https://payouts.example/failed?ids=${failedIds.join(",")}`);
  const failed = (await res.json()) as Failed[];
  const results: unknown[] = [];
  for (const f of failed) {
    if (dryRun) {
      results.push({ id: f.id, wouldSend: f.amount_minor });
      continue;
    }
    results.push(
      await wmill.runScriptByPath("f/ops/send_payout", { // expect: WAC402
        payout_id: f.id, // expect: WAC402
        amountCents: f.amount_minor,
        currency: f.currency,
        iban: f.iban,
      }),
    );
  }
  return results;
}
