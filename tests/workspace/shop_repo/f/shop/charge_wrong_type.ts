import { taskScript, workflow } from "windmill-client";

const chargeCard = taskScript("f/shop/charge_card");

export const main = workflow(async (customer: string) => {
  return await chargeCard({ customer, amount: "100" }); // expect: WAC402
});
