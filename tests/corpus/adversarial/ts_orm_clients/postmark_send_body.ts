// SDK: windmill-client 1.818.0 client.mjs: the body replays; postmark's sendEmail sends the mail again on each replay.
import * as postmark from "postmark";
import { task, workflow } from "windmill-client";

const mail = new postmark.ServerClient("server-token");

const receipt = task(async (orderId: string) => `Order ${orderId} confirmed`);

export const main = workflow(async (orderId: string, to: string) => {
  const body = await receipt(orderId);
  await mail.sendEmail({ From: "shop@example.com", To: to, Subject: "Receipt", TextBody: body }); // expect: WAC101
  return body;
});
