import { taskScript, workflow } from "windmill-client";

const chargeCard = taskScript("f/shop/charge_card");

export const main = workflow(async (customer: string, amount: number) => {
  const base = { currency: "eur" as const };
  return await chargeCard({ ...base, customer, amount });
});
