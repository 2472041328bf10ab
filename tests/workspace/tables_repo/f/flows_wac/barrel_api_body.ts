import { task, workflow } from "windmill-client";
import { API, money } from "/f/tslib/index.ts";

const loadOrder = task(async function loadOrder(id: string) {
  return { id, cents: 1250 };
});

export const main = workflow(async (id: string) => {
  const order = await loadOrder(id);
  await API["post"]("/audit", { id, shown: money(order.cents) }); // expect: WAC101
  return order;
});
