// SDK: windmill-client 1.818.0: the body runs again on every replay, possibly on another worker; Date#getHours() and toLocaleTimeString() without a timeZone convert through the worker's local zone (TZ), so a branch or a task argument built from them reads the environment
import { step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Report = { crewId: string; name: string; reportAt: string; station: string };

const OPS = "https://ops.example-air.com/api";
const EARLY_REPORT_HOUR = 5;

const wakeUpCall = task(async (crewId: string, hotelPhone: string, callAt: string) => {
  const r = await fetch(`${OPS}/wakeups`, { method: "POST", body: JSON.stringify({ crewId, hotelPhone, callAt }) });
  if (!r.ok) throw new Error(`wakeup ${r.status}`);
  return crewId;
});

const hotelFor = task(async (station: string): Promise<{ phone: string; name: string }> => {
  const r = await fetch(`${OPS}/stations/${station}/crew-hotel`);
  if (!r.ok) throw new Error(`hotel ${r.status}`);
  return (await r.json()) as { phone: string; name: string };
});

const notifyCrew = task(async (crewId: string, text: string) => {
  const hook = await wmill.getVariable("f/crew/crew_app_push");
  await fetch(hook, { method: "POST", body: JSON.stringify({ crewId, text }) });
});

export const main = workflow(async (reports: Report[]) => {
  const booked: string[] = [];
  for (const rep of reports) {
    const report = new Date(rep.reportAt);
    if (report.getHours() < EARLY_REPORT_HOUR) { // expect: WAC102
      const hotel = await hotelFor(rep.station);
      const callAt = new Date(report.getTime() - 90 * 60_000).toISOString();
      booked.push(await wakeUpCall(rep.crewId, hotel.phone, callAt));
    }
    await notifyCrew(rep.crewId, `Report ${rep.station} at ${report.toLocaleTimeString("en-US")}`); // expect: WAC102
  }
  const doneAt = await step("done_at", () => new Date().toISOString());
  return { booked, doneAt };
});
