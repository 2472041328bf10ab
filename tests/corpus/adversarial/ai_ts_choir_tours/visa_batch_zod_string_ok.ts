// SDK: windmill-client 1.818.0 client.mjs taskScript(): the applicants carry the expiry as the date string zod validated; the Date built for the comparison stays in the body
import { z } from "zod";
import { task, taskScript, workflow } from "windmill-client";

const Singer = z.object({
  id: z.string(),
  name: z.string(),
  passportCountry: z.string().length(2),
  passportExpiry: z.string().date(),
});
type Singer = z.infer<typeof Singer>;

const bookAppointments = taskScript("f/tours/visa_appointments", { timeout: 900 });

const loadRoster = task(async (choirId: string) => {
  const r = await fetch(`https://roster.choir-tours.example/v1/choirs/${choirId}/singers`);
  return (await r.json()) as unknown[];
});

const VISA_FREE = ["DE", "FR", "IT", "NL", "SE"];

export const main = workflow(async (choirId: string, destination: string, departure: string) => {
  const roster: Singer[] = (await loadRoster(choirId)).map((row) => Singer.parse(row));
  const leaving = Date.parse(departure);
  const needVisa = roster.filter((s) => !VISA_FREE.includes(s.passportCountry));
  const renewFirst = needVisa.filter((s) => new Date(s.passportExpiry).getTime() < leaving + 180 * 86_400_000);
  const result = await bookAppointments({
    destination,
    applicants: needVisa.map((s) => ({ id: s.id, name: s.name, passportExpiry: s.passportExpiry })),
  });
  return { needVisa: needVisa.length, renewFirst: renewFirst.map((s) => s.id), bookings: result };
});
