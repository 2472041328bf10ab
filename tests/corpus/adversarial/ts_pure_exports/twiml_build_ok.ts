// SDK: windmill-client 1.818.0 client.mjs: twilio's TwiML builders (`new twilio.twiml.VoiceResponse()`, `say`, `toString`) build XML in memory; the call is placed by the task.
import twilio from "twilio";
import { task, workflow } from "windmill-client";

const placeCall = task(async (to: string, twimlXml: string) => {
  const client = twilio(Bun.env.TWILIO_SID!, Bun.env.TWILIO_TOKEN!);
  const call = await client.calls.create({ to, from: Bun.env.TWILIO_FROM!, twiml: twimlXml });
  return { sid: call.sid };
});

export const main = workflow(async (to: string, incident: string, digitsToAck: string = "1") => {
  const response = new twilio.twiml.VoiceResponse();
  const gather = response.gather({ numDigits: 1, timeout: 10 });
  gather.say({ voice: "alice" }, `Incident ${incident}. Press ${digitsToAck} to acknowledge.`);
  response.say("No input received. Goodbye.");
  return await placeCall(to, response.toString());
});
