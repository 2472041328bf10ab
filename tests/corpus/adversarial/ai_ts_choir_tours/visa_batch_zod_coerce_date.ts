// SDK: windmill-client 1.818.0 client.mjs taskScript(): the argument object goes into the step's `args` and is JSON-encoded for the child job; zod's z.coerce.date() turned the strings into Date objects, which arrive in f/tours/visa_appointments as ISO strings, not the "YYYY-MM-DD" the script expects
import { z } from "zod";
import { task, taskScript, workflow } from "windmill-client";

const Singer = z.object({
  id: z.string(),
  name: z.string(),
  passportCountry: z.string().length(2),
  passportExpiry: z.coerce.date(),
});
type Singer = z.infer<typeof Singer>;

const bookAppointments = taskScript("f/tours/visa_appointments", { timeout: 900 });

const loadRoster = task(async (choirId: string) => {
  const r = await fetch(`https://roster.choir-tours.example/v1/choirs/${choirId}/singers`);
  return (await r.json()) as unknown[];
});

const VISA_FREE = new Set(["DE", "FR", "IT", "NL", "SE"]);

export const main = workflow(async (choirId: string, destination: string, departure: string) => {
  const roster: Singer[] = (await loadRoster(choirId)).map((row) => Singer.parse(row));
  const leaving = Date.parse(departure);
  const needVisa = roster.filter((s) => !VISA_FREE.has(s.passportCountry));
  const renewFirst = needVisa.filter((s) => s.passportExpiry.getTime() < leaving + 180 * 86_400_000);
  const result = await bookAppointments({
    destination,
    applicants: needVisa.map((s) => ({ id: s.id, name: s.name, passportExpiry: s.passportExpiry })), // expect: WAC107
  });
  return { needVisa: needVisa.length, renewFirst: renewFirst.map((s) => s.id), bookings: result };
});
