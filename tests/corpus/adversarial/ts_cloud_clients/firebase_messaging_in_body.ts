// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; the push notification is sent again each round.
import admin from "firebase-admin";
import { task, workflow } from "windmill-client";

admin.initializeApp();
const compose = task(async (orderId: string) => ({ title: "Shipped", body: `Order ${orderId} shipped` }));

export const main = workflow(async (orderId: string, token: string) => {
  const n = await compose(orderId);
  await admin.messaging().send({ token, notification: n }); // expect: WAC101
  return n;
});
