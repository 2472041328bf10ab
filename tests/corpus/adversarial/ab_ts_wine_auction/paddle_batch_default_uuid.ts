// SDK: windmill-client 1.818.0 client.mjs: workflow() returns fn unchanged; a default built from crypto.randomUUID() is drawn again every round when the run has no value for it
import { task, step, workflow } from "windmill-client";

type Bidder = { bidderId: string; name: string; depositCents: number };

const listRegistrations = task(async (saleId: string): Promise<Bidder[]> => {
  const res = await fetch(`https://api.cellarhammer.example/sales/${saleId}/registrations`);
  return (await res.json()) as Bidder[];
});

const issuePaddle = task(async (saleId: string, bidderId: string, batchId: string, paddleNo: number) => {
  const res = await fetch(`https://api.cellarhammer.example/sales/${saleId}/paddles`, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": `${batchId}-${paddleNo}` },
    body: JSON.stringify({ bidderId, paddleNo }),
  });
  return { bidderId, paddleNo, ok: res.ok };
});

export const main = workflow(
  async (saleId: string, firstPaddle: number = 100, batchId: string = crypto.randomUUID()) => { // expect: WAC102
    const bidders = await listRegistrations(saleId);
    const eligible = bidders.filter((b) => b.depositCents >= 50_000);

    const issued = [];
    let paddle = firstPaddle;
    for (const b of eligible) {
      issued.push(await issuePaddle(saleId, b.bidderId, batchId, paddle));
      paddle += 1;
    }
    return { saleId, batchId, issued: issued.length, skipped: bidders.length - eligible.length };
  },
);
