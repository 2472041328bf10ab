// SDK: windmill-client 1.818.0 task(): call / apply go through the same wrapper (args mapped onto fn's parameter names); each result is awaited before the next step
import { task, workflow } from "windmill-client";

type Handoff = { channel: string; from: string; to: string; notes: string[] };

const postThread = task(async (channel: string, text: string, threadTs?: string) => {
  const r = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text, thread_ts: threadTs }),
  });
  return ((await r.json()) as { ts: string }).ts;
});

const setOncall = task(async (schedule: string, user: string) => {
  await fetch(`https://oncall.internal/api/schedules/${schedule}`, {
    method: "PATCH",
    body: JSON.stringify({ current: user }),
  });
  return user;
});

export const main = workflow(async (handoff: Handoff) => {
  const head = [handoff.channel, `Handoff ${handoff.from} → ${handoff.to}`] as const;
  const ts = await postThread.apply(null, [...head]);

  for (const note of handoff.notes) {
    await postThread.call(null, handoff.channel, `• ${note}`, ts);
  }

  const now = await setOncall.call(undefined, "primary", handoff.to);
  return { thread: ts, oncall: now };
});
