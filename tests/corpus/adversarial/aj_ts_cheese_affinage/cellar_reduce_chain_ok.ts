// SDK: windmill-client 1.818.0 client.mjs: keys are allocated in call order (`turn`, `turn_2`, ...); a reduce over an awaited accumulator calls the tasks one after the other in input order on every replay; Bun.hash and crypto.subtle.digest of inputs are deterministic
import { step, task, workflow } from "windmill-client";

type Shelf = { id: string; wheels: string[] };

const turnShelf = task(async (shelfId: string, wheels: string[]) => {
  const r = await fetch(`https://robots.affinage.example/shelves/${shelfId}/turn`, {
    method: "POST",
    body: JSON.stringify({ wheels }),
  });
  return ((await r.json()) as { turned: number }).turned;
});

const ROBOTS = ["arm-a", "arm-b", "arm-c"] as const;

function robotFor(shelfId: string): (typeof ROBOTS)[number] {
  return ROBOTS[Number(Bun.hash(shelfId) % BigInt(ROBOTS.length))];
}

async function fingerprint(shelves: Shelf[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(shelves));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export const main = workflow(async (cave: string, shelves: Shelf[]) => {
  const plan = await fingerprint(shelves);
  const byRobot = Object.groupBy(shelves, (s) => robotFor(s.id));

  const turned = await shelves.reduce<Promise<number>>(async (accP, shelf) => {
    const acc = await accP;
    return acc + (await turnShelf(shelf.id, shelf.wheels));
  }, Promise.resolve(0));

  const audit = await step("audit", () => ({
    cave,
    plan,
    robots: Object.fromEntries(Object.entries(byRobot).map(([k, v]) => [k, v?.length ?? 0])),
    turned,
  }));
  return audit;
});
