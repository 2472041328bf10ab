// SDK: windmill-client 1.818.0 crypto.randomUUID() only inside a task and inside a step, a sleep(seconds) loop polling a task until a form is signed, Promise.all over an async map that awaits a task and adds pure fields, an early return of a task's result
import { sleep, step, task, workflow } from "windmill-client";

type Volunteer = { email: string; name: string; minor: boolean };

const createSeat = task(async (session: string, v: Volunteer) => {
  const seatId = crypto.randomUUID();
  await fetch(`https://volunteer.shelter.example/sessions/${session}/seats`, { method: "POST", body: JSON.stringify({ seatId, ...v }) });
  return seatId;
});

const waiverSigned = task(async (email: string): Promise<boolean> => {
  const res = await fetch(`https://sign.shelter.example/waivers?email=${encodeURIComponent(email)}`);
  return ((await res.json()) as { signed: boolean }).signed;
});

const sendCalendarInvite = task(async (session: string, seats: { seat: string; email: string }[]) => {
  const res = await fetch(`https://volunteer.shelter.example/sessions/${session}/invite`, { method: "POST", body: JSON.stringify(seats) });
  return (await res.json()) as { invited: number };
});

export const main = workflow(async (session: string, volunteers: Volunteer[], maxChecks: number = 12) => {
  const runId = await step("run_id", () => crypto.randomUUID());
  const minors = volunteers.filter((v) => v.minor);
  for (const v of minors) {
    let signed = false;
    for (let i = 0; i < maxChecks && !signed; i++) {
      signed = await waiverSigned(v.email);
      if (!signed) await sleep(6 * 3600);
    }
    if (!signed) return { runId, invited: 0, blockedBy: v.email };
  }
  const seats = await Promise.all(
    volunteers.map(async (v) => {
      const seat = await createSeat(session, v);
      return { seat, email: v.email, label: `${v.name.split(" ")[0]} (${v.minor ? "minor" : "adult"})` };
    }),
  );
  if (seats.length === 1) return sendCalendarInvite(session, seats);
  const invite = await sendCalendarInvite(session, seats);
  return { runId, ...invite };
});
