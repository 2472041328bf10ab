// SDK: windmill-client 1.818.0 client.mjs: Upstash QStash's `publishJSON` enqueues a message over HTTP; in the body each replay enqueues another.
import { Client } from "@upstash/qstash";
import { task, workflow } from "windmill-client";

const prepare = task(async (orderId: string) => ({ orderId, ready: true }));

export const main = workflow(async (orderId: string, token: string) => {
  const order = await prepare(orderId);
  const q = new Client({ token });
  await q.publishJSON({ url: "https://api.example.com/hooks/fulfil", body: order }); // expect: WAC101
  return order;
});
