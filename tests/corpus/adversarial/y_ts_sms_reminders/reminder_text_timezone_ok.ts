// SDK: windmill-client 1.818.0 task() sends its arguments as JSON kwargs; toLocaleString with locale and timeZone is the same on every worker
import { task, workflow } from "windmill-client";
import twilio from "twilio";

type Booking = {
  ref: string;
  phone: string;
  language: "de" | "en";
  startsAt: string;
  practitioner: string;
  timeZone: string;
};

const fetchBooking = task(async (ref: string): Promise<Booking> => {
  const r = await fetch(`https://api.praxis-cloud.de/v2/bookings/${encodeURIComponent(ref)}`, {
    headers: { authorization: `Bearer ${process.env.PRAXIS_TOKEN}` },
  });
  return (await r.json()) as Booking;
});

const sms = task(async (to: string, body: string) => {
  const client = twilio(process.env.TWILIO_SID!, process.env.TWILIO_TOKEN!);
  const sent = await client.messages.create({ to, messagingServiceSid: process.env.TWILIO_MSID!, body });
  return sent.sid;
});

export const main = workflow(async (ref: string) => {
  const booking = await fetchBooking(ref);
  const when = new Date(booking.startsAt);
  const timeZone = booking.timeZone || "Europe/Berlin";

  let body: string;
  if (booking.language === "de") {
    const label = when.toLocaleString("de-DE", { timeZone, dateStyle: "full", timeStyle: "short" });
    body = `Erinnerung: Ihr Termin bei ${booking.practitioner} ist am ${label}.`;
  } else {
    const day = when.toLocaleDateString("en-US", { timeZone, weekday: "long", month: "long", day: "numeric" });
    body = `Reminder: your appointment with ${booking.practitioner} is on ${day}.`;
  }

  const sid = await sms(booking.phone, body);
  return { ref, sid };
});
