// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; undici's request() in the body creates the refund again on every replay.
import { request } from "undici";
import { task, workflow } from "windmill-client";

const lookup = task(async (orderId: string) => ({ orderId, amount: 1200 }));

export const main = workflow(async (orderId: string) => {
  const order = await lookup(orderId);
  const { statusCode } = await request("https://payments.example.com/refunds", { // expect: WAC101
    method: "POST",
    body: JSON.stringify(order),
  });
  return { orderId, statusCode };
});
