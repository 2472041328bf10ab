// SDK: windmill-client 1.818.0 task results are checkpointed; a zone read from the ward's record (not the worker) and Intl given that zone are the same each round
import { task, workflow } from "windmill-client";

type Shift = { nurseId: string; phone: string; startsAt: string; ward: string };

const wardInfo = task(async (ward: string) => {
  const res = await fetch(`${process.env.ROSTER_API}/wards/${ward}`, { headers: { authorization: `Bearer ${process.env.ROSTER_TOKEN}` } });
  return (await res.json()) as { name: string; timeZone: string };
});

const shiftsFor = task(async (ward: string, day: string, timeZone: string): Promise<Shift[]> => {
  const res = await fetch(`${process.env.ROSTER_API}/wards/${ward}/shifts?day=${day}&tz=${encodeURIComponent(timeZone)}`, {
    headers: { authorization: `Bearer ${process.env.ROSTER_TOKEN}` },
  });
  return (await res.json()) as Shift[];
});

const textDigest = task(async (phone: string, lines: string[]) => {
  const client = (await import("twilio")).default(process.env.TWILIO_SID!, process.env.TWILIO_TOKEN!);
  const m = await client.messages.create({ to: phone, from: process.env.TWILIO_FROM!, body: lines.join("\n") });
  return m.sid;
});

export const main = workflow(async (ward: string, day: string, supervisorPhone: string) => {
  const info = await wardInfo(ward);
  const zone = new Intl.DateTimeFormat("en-GB", { timeZone: info.timeZone }).resolvedOptions().timeZone;
  const shifts = await shiftsFor(ward, day, zone);
  const fmt = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit" });
  const lines = shifts
    .slice()
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((s) => `${fmt.format(new Date(s.startsAt))} ${s.nurseId}`);
  const sid = await textDigest(supervisorPhone, [`${info.name} roster for ${day}:`, ...lines]);
  return { ward, day, shifts: shifts.length, sid };
});
