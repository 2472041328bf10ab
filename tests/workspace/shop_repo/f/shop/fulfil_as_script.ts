import { taskScript, workflow } from "windmill-client";

const fulfil = taskScript("f/shop/fulfil"); // expect: WAC401

export const main = workflow(async (orderId: string) => {
  return await fulfil({ order_id: orderId });
});
