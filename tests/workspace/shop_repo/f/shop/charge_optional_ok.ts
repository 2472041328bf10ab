import { taskScript, workflow } from "windmill-client";

const chargeCard = taskScript("f/shop/charge_card");

export const main = workflow(async (customer: string, cents: number) => {
  const amount = cents / 100;
  return await chargeCard({ customer, amount });
});
