import { taskFlow, workflow } from "windmill-client";

const fulfil = taskFlow("f/shop/fulfil");

export const main = workflow(async (orderId: string) => {
  return await fulfil({ order_id: orderId, express: true });
});
