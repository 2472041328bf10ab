import * as wmill from "windmill-client";

export async function main(to: string[], body: string) {
  const twilio = await wmill.getResource("f/beekeeping/twilio");
  const auth = "Basic " + btoa(`${twilio.accountSid}:${twilio.token}`);
  const sent: string[] = [];
  for (const phone of to) {
    const res = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`, {
      method: "POST",
      headers: { Authorization: auth, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ To: phone, From: twilio.from, Body: body }),
    });
    if (!res.ok) throw new Error(`sms to ${phone} failed: ${res.status}`);
    sent.push(phone);
  }
  return { sent };
}
