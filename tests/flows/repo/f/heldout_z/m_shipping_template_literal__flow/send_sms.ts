import * as wmill from "windmill-client";

export async function main(to: string, text: string) {
  const twilio = await wmill.getResource<{ accountSid: string; token: string; from: string }>("f/notify/twilio");
  const form = new URLSearchParams({ To: to, From: twilio.from, Body: text });
  const res = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`, {
    method: "POST",
    headers: { Authorization: "Basic " + btoa(`${twilio.accountSid}:${twilio.token}`) },
    body: form,
  });
  return { sid: (await res.json()).sid, ok: res.ok };
}
