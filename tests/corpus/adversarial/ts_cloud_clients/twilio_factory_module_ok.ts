// SDK: windmill-client 1.818.0 client.mjs: twilio(sid, token) builds a client without a request; messages are sent in a task.
import twilio from "twilio";
import { task, workflow } from "windmill-client";

const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
const text = task(async (to: string, body: string) => {
  const m = await sms.messages.create({ to, from: "+15550000000", body });
  return { sid: m.sid };
});

export const main = workflow(async (to: string) => {
  return await text(to, "Your order shipped");
});
