// SDK: plain Bun script: Stripe and Twilio clients at module level, clock reads in main (no WAC import)
import * as wmill from "windmill-client";
import Stripe from "stripe";
import twilio from "twilio";

type Booking = { id: string; client: string; phone: string; depositIntent: string; sessionAt: string };

const stripe = new Stripe(await wmill.getVariable("f/tattoo/stripe_secret"));
const sms = twilio(await wmill.getVariable("f/tattoo/twilio_sid"), await wmill.getVariable("f/tattoo/twilio_token"));

function hoursUntil(iso: string, now: number): number {
  return (Date.parse(iso) - now) / 3_600_000;
}

export async function main(bookings: Booking[], windowHours = 72, from = "+4930123456") {
  const now = Date.now();
  const reminded: string[] = [];
  for (const b of bookings) {
    const h = hoursUntil(b.sessionAt, now);
    if (h < 0 || h > windowHours) continue;
    const intent = await stripe.paymentIntents.retrieve(b.depositIntent);
    if (intent.status === "succeeded") continue;
    await sms.messages.create({
      to: b.phone,
      from,
      body: `Hi ${b.client}, your deposit for ${new Date(b.sessionAt).toLocaleString("de-DE")} is still open.`,
    });
    reminded.push(b.id);
  }
  return { reminded, checked: bookings.length };
}
