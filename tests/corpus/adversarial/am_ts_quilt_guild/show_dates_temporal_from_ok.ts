// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; `Temporal.PlainDate.from(input)` and `.add(...)` of the Temporal polyfill are pure, so the deadline is the same in every round
import { task, workflow } from "windmill-client";
import { Temporal } from "@js-temporal/polyfill";

const announceShow = task(async function announceShow(showId: string, deadline: string) {
  await fetch(`https://news.quiltguild.example/api/shows/${showId}/announce`, {
    method: "POST",
    body: JSON.stringify({ deadline }),
  });
  return deadline;
});

export const main = workflow(async (showId: string, opensOn: string, weeksOpen: number = 6) => {
  const opens = Temporal.PlainDate.from(opensOn);
  const deadline = opens.add({ weeks: weeksOpen }).toString();
  return { showId, deadline: await announceShow(showId, deadline) };
});
