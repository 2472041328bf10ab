import { taskScript, workflow } from "windmill-client";

const chargeCard = taskScript("f/shop/charge_card", { timeout: 120 });

export const main = workflow(async (amount: number) => {
  return await chargeCard({ amount, currency: "usd" }); // expect: WAC402
});
