// SDK: windmill-client 1.818.0 client.mjs `step`: the looked-up notifier runs inside the step callback, once; its status is replayed.
import { step, task, workflow } from "windmill-client";

type Channel = "slack" | "teams" | "webhook";

const notifiers: Record<Channel, (target: string, text: string) => Promise<number>> = {
  slack: async (target, text) => (await fetch(target, { method: "POST", body: JSON.stringify({ text }) })).status,
  teams: async (target, text) => (await fetch(target, { method: "POST", body: JSON.stringify({ text, "@type": "MessageCard" }) })).status,
  webhook: async (target, text) => (await fetch(target, { method: "POST", body: text })).status,
};

const buildDigest = task(async (team: string) => ({ text: `digest for ${team}`, items: 7 }));

export const main = workflow(async (team: string, channel: Channel, target: string) => {
  const digest = await buildDigest(team);
  const status = await step("notify", () => notifiers[channel](target, digest.text));
  return { ...digest, status };
});
