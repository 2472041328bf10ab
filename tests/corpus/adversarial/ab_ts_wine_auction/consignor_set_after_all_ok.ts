// SDK: windmill-client 1.818.0 client.mjs: Promise.all resolves task results in call order; a JS Set iterates in insertion order, so dispatch order is the same each round
import { task, step, workflow } from "windmill-client";

type Settlement = { lotNo: number; consignorId: string; netCents: number };

const settleLot = task(async (saleId: string, lotNo: number): Promise<Settlement> => {
  const res = await fetch(`https://api.cellarhammer.example/sales/${saleId}/lots/${lotNo}/settle`, {
    method: "POST",
  });
  return (await res.json()) as Settlement;
});

const sendStatement = task(async (saleId: string, consignorId: string, totalCents: number) => {
  const res = await fetch("https://mail.cellarhammer.example/statements", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ saleId, consignorId, totalCents }),
  });
  return { consignorId, sent: res.ok };
});

export const main = workflow(async (saleId: string, lotNos: number[]) => {
  const settlements = await Promise.all(lotNos.map((n) => settleLot(saleId, n)));

  const consignors = new Set(settlements.map((s) => s.consignorId));
  const statements = [];
  for (const consignorId of consignors) {
    const total = settlements
      .filter((s) => s.consignorId === consignorId)
      .reduce((acc, s) => acc + s.netCents, 0);
    statements.push(await sendStatement(saleId, consignorId, total));
  }

  return { saleId, lots: settlements.length, statements };
});
