// SDK: windmill-client 1.818.0 client.mjs: the helper's clock default is never used: the body always passes the time it captured in step(), and `awards.map(socialPost)` sends (award, index, array) which the wrapper keys as award / arg1 / arg2
import { task, step, workflow, sleep } from "windmill-client";

type Award = { category: string; filmId: string; filmTitle: string };

function embargoUntil(ceremonyStartIso: string, now: Date = new Date()): number {
  const start = Date.parse(ceremonyStartIso);
  return Math.max(start + 2 * 3_600_000, now.getTime() + 15 * 60_000);
}

const socialPost = task(async (award: Award) => {
  await fetch("https://social.reelfest.example/queue", {
    method: "POST",
    body: JSON.stringify({ text: `${award.filmTitle} wins ${award.category}!` }),
  });
  return award.category;
});

export const main = workflow(async (ceremonyStart: string, awards: Award[]) => {
  const startedAt = await step("started_at", () => Date.now());
  const releaseAt = embargoUntil(ceremonyStart, new Date(startedAt));
  await sleep(Math.max(1, Math.round((releaseAt - startedAt) / 1000)));
  const posted = await Promise.all(awards.map(socialPost));
  return { posted };
});
