// SDK: windmill-client 1.818.0 client.mjs: nothing in the SDK schedules timers; a setTimeout callback in the body fires inside whichever round is still running
import { task, step, sleep, workflow } from "windmill-client";

type Lot = { lotNo: number; title: string; closesAt: string; watchers: string[] };

const loadLot = task(async (saleId: string, lotNo: number): Promise<Lot> => {
  const res = await fetch(`https://api.cellarhammer.example/sales/${saleId}/lots/${lotNo}`);
  return (await res.json()) as Lot;
});

async function pingWatchers(lot: Lot) {
  await fetch("https://push.cellarhammer.example/v1/notify", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to: lot.watchers, text: `Lot ${lot.lotNo} closes in 5 minutes` }),
  });
}

const closeLot = task(async (saleId: string, lotNo: number) => {
  const res = await fetch(`https://api.cellarhammer.example/sales/${saleId}/lots/${lotNo}/close`, {
    method: "POST",
  });
  return (await res.json()) as { hammerPrice: number | null; buyer: string | null };
});

export const main = workflow(async (saleId: string, lotNo: number, minutesLeft: number) => {
  const lot = await loadLot(saleId, lotNo);

  if (minutesLeft > 5) {
    setTimeout(() => void pingWatchers(lot), (minutesLeft - 5) * 60_000); // expect: WAC101
  }

  await sleep(minutesLeft * 60);
  const outcome = await closeLot(saleId, lotNo);
  return { saleId, lotNo, ...outcome };
});
