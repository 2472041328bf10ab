// SDK: windmill-client 1.818.0 client.mjs: a default parameter is evaluated at each call; the helper is called from the body, so `new Date()` is read again on every replay and picks a different embargo
import { task, step, workflow, sleep } from "windmill-client";

type Award = { category: string; filmId: string; filmTitle: string };

const EMBARGO_HOURS = 2;

function embargoUntil(ceremonyStartIso: string, now: Date = new Date()): number {
  const start = Date.parse(ceremonyStartIso);
  const earliest = now.getTime() + 15 * 60_000;
  return Math.max(start + EMBARGO_HOURS * 3_600_000, earliest);
}

const pressRelease = task(async (award: Award) => {
  const r = await fetch("https://press.reelfest.example/releases", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...award, audience: "press" }),
  });
  return ((await r.json()) as { id: string }).id;
});

const socialPost = task(async (award: Award) => {
  await fetch("https://social.reelfest.example/queue", {
    method: "POST",
    body: JSON.stringify({ text: `${award.filmTitle} wins ${award.category}!` }),
  });
  return award.category;
});

export const main = workflow(async (ceremonyStart: string, awards: Award[]) => {
  const startedAt = await step("started_at", () => Date.now());
  const releaseAt = embargoUntil(ceremonyStart); // expect: WAC102
  await sleep(Math.max(1, Math.round((releaseAt - startedAt) / 1000)));

  const ids: string[] = [];
  for (const a of awards) ids.push(await pressRelease(a));
  const posted = await Promise.all(awards.map(socialPost));
  return { releases: ids, posted };
});
