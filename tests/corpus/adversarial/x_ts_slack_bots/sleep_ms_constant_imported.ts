// SDK: windmill-client 1.818.0 sleep(seconds) -> _sleep: seconds: Math.max(1, Math.round(seconds)); REMINDER_INTERVAL of ./durations_ok is 4 * 60 * 60 * 1000 (milliseconds)
import { task, sleep, workflow } from "windmill-client";
import { REMINDER_INTERVAL } from "./durations_ok";

type Review = { prUrl: string; reviewers: string[]; channel: string };

const prState = task(async (prUrl: string) => {
  const api = prUrl.replace("https://github.com/", "https://api.github.com/repos/").replace("/pull/", "/pulls/");
  const r = await fetch(api, { headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` } });
  const pr = (await r.json()) as { state: string; merged: boolean; requested_reviewers: { login: string }[] };
  return { open: pr.state === "open", pending: pr.requested_reviewers.map((u) => u.login) };
});

const nudge = task(async (channel: string, users: string[], prUrl: string) => {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text: `${users.map((u) => `@${u}`).join(" ")} please review ${prUrl}` }),
  });
});

export const main = workflow(async (review: Review) => {
  for (let round = 0; round < 3; round++) {
    const state = await prState(review.prUrl);
    if (!state.open || state.pending.length === 0) {
      return { done: true, rounds: round };
    }
    await nudge(review.channel, state.pending, review.prUrl);
    await sleep(REMINDER_INTERVAL); // expect: WAC301
  }
  return { done: false, rounds: 3 };
});
