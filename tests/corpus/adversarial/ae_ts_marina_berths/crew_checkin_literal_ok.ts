// SDK: windmill-client 1.818.0 client.mjs: `_allocKey("arrival_card")` gives `arrival_card`, `arrival_card_2`, ... in body order, so a literal step name in a loop is stable; a `#private` field read only for a log line is harmless
import { task, step, workflow } from "windmill-client";

class Tally {
  #cleared = 0;
  #held = 0;
  record(ok: boolean) {
    if (ok) this.#cleared++;
    else this.#held++;
  }
  get summary() {
    return { cleared: this.#cleared, held: this.#held };
  }
}

type CrewMember = { name: string; passport: string; nationality: string; role: "skipper" | "crew" };

const screenPassport = task(async (passport: string, nationality: string) => {
  const r = await fetch("https://border.portobelo-marina.example/screen", {
    method: "POST",
    body: JSON.stringify({ passport, nationality }),
  });
  return (await r.json()) as { cleared: boolean; note?: string };
});

const fileCrewList = task(async (vessel: string, crew: CrewMember[]) => {
  await fetch(`https://border.portobelo-marina.example/vessels/${vessel}/crew`, {
    method: "PUT",
    body: JSON.stringify(crew),
  });
});

export const main = workflow(async (vessel: string, crew: CrewMember[]) => {
  const tally = new Tally();
  for (const m of crew) {
    const { cleared } = await screenPassport(m.passport, m.nationality);
    tally.record(cleared);
    if (!cleared) continue;
    await step("arrival_card", () => ({ name: m.name, role: m.role }));
  }
  const { cleared, held } = tally.summary;
  if (held === 0) await fileCrewList(vessel, crew);
  return { vessel, cleared, held };
});
