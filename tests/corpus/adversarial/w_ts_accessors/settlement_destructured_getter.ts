// SDK: windmill-client 1.818.0 replays the body each round; destructuring an instance reads its getters, one of which reads the clock
import { task, workflow } from "windmill-client";

type Trade = { id: string; counterparty: string; settleBy: string; notionalCents: number };

class Settlement {
  constructor(private readonly trade: Trade) {}

  get deadlineMs(): number {
    return Date.parse(this.trade.settleBy);
  }

  get isLate(): boolean {
    return Date.now() > this.deadlineMs;
  }

  get counterparty(): string {
    return this.trade.counterparty.toUpperCase();
  }
}

const settleTrade = task(async (tradeId: string, counterparty: string) => {
  const res = await fetch(`https://settlement.internal/trades/${tradeId}/settle`, {
    method: "POST",
    body: JSON.stringify({ counterparty }),
  });
  return ((await res.json()) as { settlementId: string }).settlementId;
});

const chargeLateFee = task(async (tradeId: string, notionalCents: number) => {
  const fee = Math.round(notionalCents * 0.0005);
  await fetch(`https://billing.internal/fees`, { method: "POST", body: JSON.stringify({ tradeId, fee }) });
  return fee;
});

export const main = workflow(async (trade: Trade) => {
  const { isLate, counterparty } = new Settlement(trade); // expect: WAC102
  const settlementId = await settleTrade(trade.id, counterparty);
  const fee = isLate ? await chargeLateFee(trade.id, trade.notionalCents) : 0;
  return { settlementId, fee };
});
