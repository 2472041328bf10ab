// SDK: windmill-client 1.818.0 client.mjs: `_runInlineStep` keys a step by its name and `_allocKey` already numbers repeats; a name from a `#private` counter is stable only while every replay takes the same branches, and Windmill's parser cannot draw it
import { task, step, workflow } from "windmill-client";

class CheckpointNames {
  #seq = 0;
  constructor(private readonly scope: string) {}
  next(label: string): string {
    this.#seq += 1;
    return `${this.scope}-${label}-${this.#seq}`;
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
  const names = new CheckpointNames(vessel);
  const hold: string[] = [];
  for (const m of crew) {
    const { cleared } = await screenPassport(m.passport, m.nationality);
    if (!cleared) {
      hold.push(m.name);
      continue;
    }
    await step(names.next("arrival-card"), () => ({ name: m.name, role: m.role })); // expect: WAC103
  }
  if (hold.length === 0) await fileCrewList(vessel, crew);
  return { vessel, cleared: crew.length - hold.length, hold };
});
