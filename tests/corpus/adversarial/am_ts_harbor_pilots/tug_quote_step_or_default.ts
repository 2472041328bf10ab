// SDK: windmill-client 1.818.0 index.js: `step` is an async function, so it returns a real Promise; when its checkpoint cannot be written on the fast path `_runInlineStep` raises `StepSuspend`, and the helper's `.catch` turns it into the fallback
// Temporal port: a typed `orDefault(p, fallback)` helper around a local activity.
import { step, task, workflow } from "windmill-client";

function orDefault<T>(p: Promise<T>, fallback: T): Promise<T> {
  return p.catch(() => fallback);
}

const orderTug = task(async function orderTug(imo: string, eur: number) {
  const r = await fetch("https://tugs.harbour.example/api/orders", {
    method: "POST",
    body: JSON.stringify({ imo, eur }),
  });
  return (await r.json()) as { orderId: string };
});

export const main = workflow(async (imo: string) => {
  const quote = await orDefault( // expect: WAC202
    step("tug_quote", async () => {
      const r = await fetch(`https://tugs.harbour.example/api/quote?imo=${imo}`);
      return ((await r.json()) as { eur: number }).eur;
    }),
    0,
  );
  return quote > 0 ? await orderTug(imo, quote) : null;
});
