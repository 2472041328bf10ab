// SDK: windmill-client 1.818.0 client.mjs: twilio() builds a client without I/O; the SMS is sent once inside a task.
import twilio from "twilio";
import { task, workflow } from "windmill-client";

const client = twilio("AC_sid", "auth_token");

const code = task(async (phone: string) => ({ phone, code: "4711" }));
const sms = task(async (to: string, body: string) => (await client.messages.create({ to, from: "+15550001", body })).sid);

export const main = workflow(async (phone: string) => {
  const c = await code(phone);
  return await sms(c.phone, `Code ${c.code}`);
});
