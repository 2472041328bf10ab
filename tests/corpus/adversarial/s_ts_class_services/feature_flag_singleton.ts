// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed each round: a process-local cache is empty again), task()
import { task, workflow } from "windmill-client";

type Flags = { newPricing: boolean; annualDiscount: number };

class FeatureFlags {
  private static cache: Flags | undefined;

  static async load(): Promise<Flags> {
    if (!this.cache) {
      const res = await fetch("https://flags.internal/v1/projects/billing/flags");
      this.cache = (await res.json()) as Flags;
    }
    return this.cache;
  }
}

const quoteLegacy = task(async (accountId: string, seats: number) => {
  const res = await fetch(`https://pricing.internal/legacy/quote?account=${accountId}&seats=${seats}`);
  return ((await res.json()) as { totalCents: number }).totalCents;
});

const quoteV2 = task(async (accountId: string, seats: number, discount: number) => {
  const res = await fetch("https://pricing.internal/v2/quote", {
    method: "POST",
    body: JSON.stringify({ accountId, seats, discount }),
  });
  return ((await res.json()) as { totalCents: number }).totalCents;
});

export const main = workflow(async (account_id: string, seats: number) => {
  const flags = await FeatureFlags.load(); // expect: WAC101
  const total = flags.newPricing
    ? await quoteV2(account_id, seats, flags.annualDiscount)
    : await quoteLegacy(account_id, seats);
  return { account_id, seats, total };
});
