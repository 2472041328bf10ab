// SDK: windmill-client 1.818.0 reruns the body on whichever worker picks the round; Intl.DateTimeFormat().resolvedOptions().timeZone is that worker's zone
import { task, workflow } from "windmill-client";

type Shift = { nurseId: string; phone: string; startsAt: string; ward: string };

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
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone; // expect: WAC102
  const shifts = await shiftsFor(ward, day, zone);
  const lines = shifts
    .slice()
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((s) => `${s.startsAt.slice(11, 16)} ${s.nurseId}`);
  const sid = await textDigest(supervisorPhone, [`${ward} roster for ${day}:`, ...lines]);
  return { ward, day, shifts: shifts.length, sid };
});
