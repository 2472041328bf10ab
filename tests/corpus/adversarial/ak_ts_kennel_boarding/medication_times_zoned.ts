// SDK: windmill-client 1.818.0 index.js `task`: a task's result is its child job's result, written with JSON (`checkpointableResult` then `JSON.stringify`); date-fns-tz `toZonedTime` returns `Date`s, which come back as ISO strings, so `.getHours()` on them is a TypeError
// Agent-written: medication rounds computed in the kennel's time zone by a task, then grouped in the body.
import { toZonedTime } from "date-fns-tz";
import { task, workflow } from "windmill-client";

type Dose = { dogId: string; drug: string; at: string };

const planDoses = task(async function planDoses(doses: Dose[], tz: string) {
  const r = await fetch("https://vet.pawsinn.example/api/interactions", { method: "POST", body: JSON.stringify(doses) });
  const ok = (await r.json()) as { clear: boolean };
  if (!ok.clear) throw new Error("drug interaction flagged");
  return doses.map((d) => toZonedTime(d.at, tz)); // expect: WAC107
});

const postRounds = task(async function postRounds(rounds: Record<string, number>): Promise<void> {
  await fetch("https://ops.pawsinn.example/api/rounds", { method: "POST", body: JSON.stringify(rounds) });
});

export const main = workflow(async (doses: Dose[], tz: string) => {
  const times = await planDoses(doses, tz);
  const rounds: Record<string, number> = {};
  for (const t of times) {
    const hour = String(t.getHours()).padStart(2, "0");
    rounds[hour] = (rounds[hour] ?? 0) + 1;
  }
  await postRounds(rounds);
  return rounds;
});
