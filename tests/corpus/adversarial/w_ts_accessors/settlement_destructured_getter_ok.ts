// SDK: windmill-client 1.818.0 step() checkpoints the clock read; the getters destructured here only read the trade
import { step, task, workflow } from "windmill-client";

type Trade = { id: string; counterparty: string; settleBy: string; notionalCents: number };

class Settlement {
  constructor(private readonly trade: Trade) {}

  get deadlineMs(): number {
    return Date.parse(this.trade.settleBy);
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
  const { deadlineMs, counterparty } = new Settlement(trade);
  const checkedAt = await step("checked_at", () => Date.now());
  const settlementId = await settleTrade(trade.id, counterparty);
  const fee = checkedAt > deadlineMs ? await chargeLateFee(trade.id, trade.notionalCents) : 0;
  return { settlementId, fee };
});
