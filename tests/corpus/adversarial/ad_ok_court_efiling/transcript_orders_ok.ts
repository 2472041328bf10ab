// SDK: windmill-client 1.818.0 taskScript / taskFlow at top level with literal paths; results of nested Promise.all zipped back by index; a try/finally whose finally only logs
import { task, taskFlow, taskScript, workflow } from "windmill-client";

type Order = { hearingId: string; pages: number; expedited: boolean };

const RATE_CENTS = { standard: 365, expedited: 545 } as const;

const quoteTranscript = taskScript("f/court/quote_transcript");
const reporterIntake = taskFlow("f/court/reporter_intake", { timeout: 3600 });

const chargeCard = task(async (customer: string, cents: number, memo: string) => {
  const res = await fetch("https://billing.lawfirm.example/charges", {
    method: "POST",
    body: JSON.stringify({ customer, cents, memo }),
  });
  if (!res.ok) throw new Error(`charge failed ${res.status}`);
  return (await res.json()) as { chargeId: string };
});

const priceOf = (o: Order) => o.pages * (o.expedited ? RATE_CENTS.expedited : RATE_CENTS.standard);

export const main = workflow(async (customer: string, orders: Order[]) => {
  console.log(`ordering ${orders.length} transcripts for ${customer}`);
  try {
    const [quotes, intakes] = await Promise.all([
      Promise.all(orders.map((o) => quoteTranscript({ hearingId: o.hearingId }))),
      Promise.all(orders.map((o) => reporterIntake({ hearingId: o.hearingId, expedited: o.expedited }))),
    ]);
    const lines = orders.map((o, i) => ({ ...o, quote: quotes[i], intake: intakes[i], cents: priceOf(o) }));
    const total = lines.reduce((n, l) => n + l.cents, 0);
    const charge = await chargeCard(customer, total, `transcripts x${lines.length}`);
    return { charge, total, lines };
  } finally {
    console.log("transcript order round done");
  }
});
