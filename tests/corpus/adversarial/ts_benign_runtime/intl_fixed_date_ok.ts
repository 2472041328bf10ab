// SDK: windmill-client 1.818.0 client.mjs: Intl formatters given an explicit zone and a date from the input are pure; NumberFormat never reads the clock.
import { task, workflow } from "windmill-client";

const sendReceipt = task(async (email: string, text: string) => ({ email, text }));

export const main = workflow(async (email: string, paidAt: string, cents: number, currency: string = "EUR") => {
  const when = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" }).format(new Date(paidAt));
  const amount = new Intl.NumberFormat("de-DE", { style: "currency", currency }).format(cents / 100);
  return await sendReceipt(email, `Zahlung über ${amount} am ${when} erhalten.`);
});
