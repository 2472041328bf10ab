// SDK: windmill-client 1.818.0 main's input is an interface whose fields are declared without `?`; the helper reads the clock only when `day` is undefined (arrow with a default-free optional parameter), and the body passes interface fields, a const object's key, trim() and a defaulted parameter
import { task, workflow } from "windmill-client";

interface BookingRequest {
  venue: string;
  eventDay: string;
  organiser: string;
  notes?: string;
}

const VENUES_API = "https://venues.events.internal/api";

const holdKey = (venue: string, day?: string): string => {
  day ??= new Date().toISOString().slice(0, 10);
  return `${venue}:${day}`;
};

const placeHold = task(async (key: string, organiser: string): Promise<{ holdId: string }> => {
  const r = await fetch(`${VENUES_API}/holds`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ key, organiser }),
  });
  if (!r.ok) throw new Error(`hold ${r.status}`);
  return (await r.json()) as { holdId: string };
});

export const main = workflow(async (request: BookingRequest, rehearsalDay = "2024-09-01") => {
  const setupDays = { load_in: "2024-09-02", strike: "2024-09-04" };
  const main_hold = await placeHold(holdKey(request.venue, request.eventDay), request.organiser);
  const rehearsal = await placeHold(holdKey(request.venue, rehearsalDay), request.organiser);
  const loadIn = await placeHold(holdKey(request.venue.trim(), setupDays.load_in), request.organiser);
  const strike = await placeHold(holdKey(request.venue, setupDays.strike), request.organiser);
  return {
    holds: [main_hold.holdId, rehearsal.holdId, loadIn.holdId, strike.holdId],
    notes: request.notes ?? "",
  };
});
