// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; the Temporal polyfill's `Temporal.Now.plainDateISO(tz)` reads the clock, so the entry deadline moves when a replay runs on another day
import { task, workflow } from "windmill-client";
import { Temporal } from "@js-temporal/polyfill";

const announceShow = task(async function announceShow(showId: string, deadline: string) {
  await fetch(`https://news.quiltguild.example/api/shows/${showId}/announce`, {
    method: "POST",
    body: JSON.stringify({ deadline }),
  });
  return deadline;
});

export const main = workflow(async (showId: string, weeksOpen: number = 6) => {
  const today = Temporal.Now.plainDateISO("Europe/Dublin"); // expect: WAC102
  const deadline = today.add({ weeks: weeksOpen }).toString();
  return { showId, deadline: await announceShow(showId, deadline) };
});
