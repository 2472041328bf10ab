// SDK: plain Bun script (no WAC name imported): getResource / getVariable are ordinary calls here
import * as wmill from "windmill-client";

type Gcal = { token: string };

interface RoomSlot {
  room: string;
  start: string;
  end: string;
}

const ROOMS = ["Hall A", "Studio 2", "Chamber Room"] as const;
const TZ = "Europe/Vienna";

function toIso(day: string, hour: number): string {
  return `${day}T${String(hour).padStart(2, "0")}:00:00`;
}

async function freeBusy(token: string, calendarId: string, from: string, to: string) {
  const res = await fetch("https://www.googleapis.com/calendar/v3/freeBusy", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ timeMin: from, timeMax: to, timeZone: TZ, items: [{ id: calendarId }] }),
  });
  if (!res.ok) throw new Error(`freeBusy ${res.status}: ${await res.text()}`);
  const data = (await res.json()) as { calendars: Record<string, { busy: { start: string; end: string }[] }> };
  return data.calendars[calendarId]?.busy ?? [];
}

export async function main(gcal: Gcal, day: string, hours: number[] = [10, 14, 18]) {
  const calendars = JSON.parse(await wmill.getVariable("f/orchestra/room_calendars")) as Record<string, string>;
  const free: RoomSlot[] = [];
  for (const room of ROOMS) {
    const busy = await freeBusy(gcal.token, calendars[room], toIso(day, 0), toIso(day, 23));
    for (const h of hours) {
      const start = toIso(day, h);
      const end = toIso(day, h + 3);
      const clash = busy.some((b) => b.start < end && b.end > start);
      if (!clash) free.push({ room, start, end });
    }
  }
  return { day, free, checkedAt: new Date().toISOString() };
}
