// SDK: windmill-client 1.818.0 client.mjs: workflow(fn) only tags fn; an async generator function returns a generator object when called, so the runner's await gets the generator and the body (and its tasks) never runs. oracle sig/dag accept it (auto_kind wac)
import { task, step, workflow } from "windmill-client";

type BidEvent = { lotNo: number; paddle: number; amountCents: number };

const recordBid = task(async (saleId: string, bid: BidEvent) => {
  const res = await fetch(`https://api.cellarhammer.example/sales/${saleId}/bids`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(bid),
  });
  return { ...bid, accepted: res.ok };
});

const closeFeed = task(async (saleId: string, count: number) => {
  await fetch(`https://api.cellarhammer.example/sales/${saleId}/feed/close`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ count }),
  });
  return { closed: true };
});

// streams each accepted bid to the live auction screen as it is recorded
export const main = workflow(async function* (saleId: string, bids: BidEvent[]) { // expect: WAC004
  let accepted = 0;
  for (const bid of bids) {
    const r = await recordBid(saleId, bid);
    if (r.accepted) {
      accepted += 1;
      yield r;
    }
  }
  await closeFeed(saleId, accepted);
});
