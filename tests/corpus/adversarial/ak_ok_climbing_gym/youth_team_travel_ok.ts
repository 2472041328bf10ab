// SDK: windmill-client 1.818.0: taskScript(path) passes one object as kwargs; sleep(seconds) suspends server-side; Date.UTC and new Date(input) are pure
import { sleep, step, task, taskScript, workflow } from "windmill-client";

const bookCoach = taskScript("f/travel/book_coach", { timeout: 900 });
const bookRooms = taskScript("f/travel/book_rooms", { timeout: 900, retry: { attempts: 2, delay: 60 } });

type Athlete = { id: string; name: string; guardianPhone: string };

const textGuardians = task(async (phones: string[], body: string) => {
  const token = process.env.SMS_TOKEN ?? "";
  for (const to of phones) {
    await fetch("https://sms.example-crag.io/send", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ to, body }),
    });
  }
  return phones.length;
});

function departureEpoch(isoDate: string, hourUtc: number): number {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hourUtc) / 1000;
}

function formatDay(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

export const main = workflow(async (
  eventName: string,
  travelDate: string,
  athletes: Athlete[],
  departHourUtc: number = 6,
  reminderLeadHours: number = 24,
) => {
  const seats = athletes.length + Math.ceil(athletes.length / 6);
  const coach = await bookCoach({ date: travelDate, seats, hour: departHourUtc });
  const rooms = await bookRooms({ date: travelDate, occupants: athletes.map((a) => a.id) });

  const now = await step("now_epoch", () => Math.floor(Date.now() / 1000));
  const remindAt = departureEpoch(travelDate, departHourUtc) - reminderLeadHours * 3600;
  if (remindAt > now) {
    await sleep(remindAt - now);
  }
  const sent = await textGuardians(
    athletes.map((a) => a.guardianPhone),
    `${eventName}: coach leaves ${formatDay(travelDate)} at ${String(departHourUtc).padStart(2, "0")}:00 UTC`,
  );
  return { coach, rooms, sent };
});
