// SDK: windmill-client 1.818.0 task(): the wrapper is a plain function, so bind(null, channel) keeps it a task call (kwargs from getParamNames of fn, args in order); Promise.all resolves each { then } in one round
import { task, workflow } from "windmill-client";
import { WebClient } from "@slack/web-api";

type Standup = { channel: string; team: string; members: string[] };

const postToChannel = task(async (channel: string, text: string) => {
  const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
  const res = await slack.chat.postMessage({ channel, text });
  return res.ts ?? null;
});

const collectUpdate = task(async (member: string, team: string) => {
  const r = await fetch(`https://standup.internal/api/${team}/updates/${member}`);
  if (!r.ok) return { member, update: null };
  return { member, update: (await r.json()).text as string };
});

export const main = workflow(async (standup: Standup) => {
  const say = postToChannel.bind(null, standup.channel);
  const updateOf = collectUpdate.bind(undefined);

  await say(`Good morning ${standup.team}! Collecting updates...`);

  const updates = await Promise.all(standup.members.map((m) => updateOf(m, standup.team)));

  const missing = updates.filter((u) => u.update === null).map((u) => u.member);
  const lines = updates
    .filter((u) => u.update !== null)
    .map((u) => `• *${u.member}*: ${u.update}`);

  await say(lines.join("\n") || "No updates today.");
  if (missing.length > 0) {
    await say(`Still waiting on: ${missing.map((m) => `<@${m}>`).join(", ")}`);
  }
  return { posted: lines.length, missing };
});
