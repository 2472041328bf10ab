// SDK: windmill-client 1.818.0 the helper reads the clock when `at` is undefined; a `let` rebound to undefined, a task typed Promise<string | undefined>, an optional interface field and `?.` may all be undefined, so the clock may be read in the body
import { task, workflow } from "windmill-client";

interface Handover {
  team: string;
  from: string;
  handoverAt?: string;
}

const ROTA_API = "https://rota.oncall.internal";
let pinnedAt: string | undefined = "2024-01-01T09:00:00Z";

function handoverKey(team: string, at?: string): string {
  if (at === undefined) {
    at = new Date().toISOString();
  }
  return `${team}@${at}`;
}

const lastHandover = task(async (team: string): Promise<string | undefined> => {
  const r = await fetch(`${ROTA_API}/teams/${team}/handovers/last`);
  if (r.status === 404) return undefined;
  return ((await r.json()) as { at: string }).at;
});

const recordHandover = task(async (key: string, from: string): Promise<string> => {
  const r = await fetch(`${ROTA_API}/handovers`, {
    method: "POST",
    body: JSON.stringify({ key, from }),
  });
  return ((await r.json()) as { id: string }).id;
});

export const main = workflow(async (handovers: Handover[], previous?: Handover) => {
  const ids: string[] = [];
  for (const h of handovers) {
    if (h.team === "legacy") pinnedAt = undefined;
    ids.push(await recordHandover(handoverKey(h.team, pinnedAt), h.from)); // expect: WAC102
    const last = await lastHandover(h.team);
    ids.push(await recordHandover(handoverKey(h.team, last), h.from)); // expect: WAC102
    ids.push(await recordHandover(handoverKey(h.team, h.handoverAt), h.from)); // expect: WAC102
  }
  const tail = handoverKey("previous", previous?.handoverAt); // expect: WAC102
  return { ids, tail };
});
