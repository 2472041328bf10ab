// SDK: windmill-client 1.818.0 index.js `task`: a task's result crosses JSON; date-fns-tz `formatInTimeZone` returns a string, which survives the checkpoint unchanged
// Agent-written: medication rounds computed in the kennel's time zone by a task, then grouped in the body.
import { formatInTimeZone } from "date-fns-tz";
import { task, workflow } from "windmill-client";

type Dose = { dogId: string; drug: string; at: string };

const planDoses = task(async function planDoses(doses: Dose[], tz: string): Promise<string[]> {
  const r = await fetch("https://vet.pawsinn.example/api/interactions", { method: "POST", body: JSON.stringify(doses) });
  const ok = (await r.json()) as { clear: boolean };
  if (!ok.clear) throw new Error("drug interaction flagged");
  return doses.map((d) => formatInTimeZone(d.at, tz, "HH"));
});

const postRounds = task(async function postRounds(rounds: Record<string, number>): Promise<void> {
  await fetch("https://ops.pawsinn.example/api/rounds", { method: "POST", body: JSON.stringify(rounds) });
});

export const main = workflow(async (doses: Dose[], tz: string) => {
  const hours = await planDoses(doses, tz);
  const rounds: Record<string, number> = {};
  for (const hour of hours) rounds[hour] = (rounds[hour] ?? 0) + 1;
  await postRounds(rounds);
  return rounds;
});
