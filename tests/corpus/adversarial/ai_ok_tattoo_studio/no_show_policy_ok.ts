// SDK: windmill-client 1.818.0: `export default workflow(async function main ...)`; try/catch inside a step callback is inline code
import { step, task, workflow } from "windmill-client";

type Appointment = { id: string; client: string; depositCents: number; status: "booked" | "no_show" | "done" };

const appointments = task(async (day: string): Promise<Appointment[]> => {
  const r = await fetch(`https://studio.example.ink/api/appointments?day=${day}`);
  return await r.json();
});

const forfeitDeposit = task(async (id: string, cents: number) => {
  const r = await fetch(`https://studio.example.ink/api/appointments/${id}/forfeit`, {
    method: "POST",
    body: JSON.stringify({ cents }),
  });
  return r.ok;
});

export default workflow(async function main(day: string) {
  const list = await appointments(day);
  const noShows = list.filter((a) => a.status === "no_show");
  const forfeited: string[] = [];
  for (const a of noShows) {
    if (await forfeitDeposit(a.id, a.depositCents)) forfeited.push(a.id);
  }
  const report = await step("report", async () => {
    try {
      const r = await fetch("https://studio.example.ink/api/reports", {
        method: "POST",
        body: JSON.stringify({ day, forfeited }),
      });
      return { posted: r.ok };
    } catch (e) {
      return { posted: false, error: String(e) };
    }
  });
  return { day, noShows: noShows.length, forfeited, report };
});
