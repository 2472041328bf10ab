// SDK: windmill-client 1.818.0 _runInlineStep runs fn() in the workflow round; a bound task wrapper given as fn dispatches a task from inside the step (its StepSuspend is rethrown, the step body runs again next round)
import { task, step, workflow } from "windmill-client";

type Digest = { channel: string; since: string };

const fetchMentions = task(async (channel: string, since: string) => {
  const r = await fetch(`https://slack.com/api/conversations.history?channel=${channel}&oldest=${since}`, {
    headers: { Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}` },
  });
  const body = (await r.json()) as { messages: { text: string; user: string }[] };
  return body.messages.filter((m) => m.text.includes("<!here>"));
});

const postDigest = task(async (channel: string, lines: string[]) => {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text: lines.join("\n") }),
  });
});

export const main = workflow(async (d: Digest) => {
  const mentions = await step("mentions", fetchMentions.bind(null, d.channel, d.since)); // expect: WAC304
  const lines = mentions.map((m) => `• <@${m.user}>: ${m.text.slice(0, 80)}`);
  await postDigest(d.channel, lines.length ? lines : ["Quiet day, no @here mentions."]);
  return { count: lines.length };
});
