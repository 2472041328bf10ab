// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on replay; functions of nested namespaces that only compute give the same result each round.
import { task, workflow } from "windmill-client";

namespace Pricing {
  export namespace Tax {
    const RATES: Record<string, number> = { FR: 0.2, DE: 0.19 };
    export function gross(net: number, country: string): number {
      return Math.round(net * (1 + (RATES[country] ?? 0)) * 100) / 100;
    }
  }
  export function discount(amount: number, pct: number): number {
    return Math.round(amount * (1 - pct) * 100) / 100;
  }
}

const quoteLines = task(async function quoteLines(quoteId: string) {
  return [{ net: 100, country: "FR" }];
});

const saveQuote = task(async function saveQuote(quoteId: string, total: number) {
  return { quoteId, total };
});

export const main = workflow(async (quoteId: string, pct = 0.1) => {
  const lines = await quoteLines(quoteId);
  const total = lines.reduce((sum, l) => sum + Pricing.Tax.gross(l.net, l.country), 0);
  return await saveQuote(quoteId, Pricing.discount(total, pct));
});
