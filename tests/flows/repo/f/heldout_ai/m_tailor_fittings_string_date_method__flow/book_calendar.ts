import * as wmill from "windmill-client";

export async function main(start: string, minutes: number, title: string) {
  const cal = await wmill.getResource("f/tailor/google_calendar");
  const end = new Date(new Date(start).getTime() + minutes * 60_000).toISOString();
  const res = await fetch(`https://www.googleapis.com/calendar/v3/calendars/${cal.calendarId}/events`, {
    method: "POST",
    headers: { Authorization: `Bearer ${cal.token}`, "content-type": "application/json" },
    body: JSON.stringify({ summary: title, start: { dateTime: start }, end: { dateTime: end } }),
  });
  if (!res.ok) throw new Error(`calendar: ${res.status}`);
  return { eventId: (await res.json()).id as string };
}
