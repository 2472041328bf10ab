import { taskScript, workflow } from "windmill-client";

const chargeCard = taskScript("f/shop/charge_card");

export const main = workflow(async (customer: string, amount: number) => {
  return await chargeCard({ customer, amount, currency: "gbp" }); // expect: WAC402
});
