// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a notifier looked up in a table by channel name and called in the body posts again each round.
import { task, workflow } from "windmill-client";

type Channel = "slack" | "teams" | "webhook";

const notifiers: Record<Channel, (target: string, text: string) => Promise<number>> = {
  slack: async (target, text) => (await fetch(target, { method: "POST", body: JSON.stringify({ text }) })).status,
  teams: async (target, text) => (await fetch(target, { method: "POST", body: JSON.stringify({ text, "@type": "MessageCard" }) })).status,
  webhook: async (target, text) => (await fetch(target, { method: "POST", body: text })).status,
};

const buildDigest = task(async (team: string) => ({ text: `digest for ${team}`, items: 7 }));

export const main = workflow(async (team: string, channel: Channel, target: string) => {
  const digest = await buildDigest(team);
  const status = await notifiers[channel](target, digest.text); // expect: WAC101
  return { ...digest, status };
});
