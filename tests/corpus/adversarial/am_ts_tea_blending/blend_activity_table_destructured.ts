// SDK: windmill-client 1.818.0 index.js: calling a task pushes it to `ctx.pending` and returns a bare `{ then }`; `notify` is the `notifyBuyer` task taken out of the module's activity table, and the statement drops its result and failure
import { task, workflow } from "windmill-client";

const notifyBuyer = task(async function notifyBuyer(buyer: string, lot: string) {
  await fetch("https://shop.leafhouse.example/api/notifications", {
    method: "POST",
    body: JSON.stringify({ buyer, lot }),
  });
  return true;
});

const allocateLot = task(async function allocateLot(buyer: string, grams: number) {
  const r = await fetch("https://stock.leafhouse.example/api/allocations", {
    method: "POST",
    body: JSON.stringify({ buyer, grams }),
  });
  return (await r.json()) as { lot: string };
});

const ACTIVITIES = { allocate: allocateLot, notify: notifyBuyer } as const;
const { allocate, notify } = ACTIVITIES;

export const main = workflow(async (buyer: string, grams: number) => {
  const { lot } = await allocate(buyer, grams);
  notify(buyer, lot); // expect: WAC106
  return { buyer, lot };
});
