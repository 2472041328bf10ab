// SDK: windmill-client 1.818.0 client.mjs: the body replays; twilio's messages.create sends an SMS on every replay.
import twilio from "twilio";
import { task, workflow } from "windmill-client";

const client = twilio("AC_sid", "auth_token");

const code = task(async (phone: string) => ({ phone, code: "4711" }));

export const main = workflow(async (phone: string) => {
  const c = await code(phone);
  await client.messages.create({ to: c.phone, from: "+15550001", body: `Code ${c.code}` }); // expect: WAC101
  return { sent: true };
});
