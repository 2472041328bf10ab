// SDK: windmill-client 1.818.0 client.mjs: a task's result crosses JSON; `Object.fromEntries` turns the Map into a plain object first, and the Map used inside the body never crosses a checkpoint.
import { task, workflow } from "windmill-client";

type Channel = "email" | "sms" | "push";

const buildAudience = task(async (segment: string, channels: Channel[]) => {
  const byChannel = new Map<Channel, string[]>();
  for (const c of channels) byChannel.set(c, [`${segment}-user-1`]);
  return Object.fromEntries(byChannel) as Partial<Record<Channel, string[]>>;
});

const sendCampaign = task(async (channel: Channel, recipients: string[], templateId: string) => ({ channel, sent: recipients.length }));

export const main = workflow(async (segment: string, templateId: string, channels: Channel[] = ["email"]) => {
  const audience = new Map(Object.entries(await buildAudience(segment, channels)));
  const results = [];
  for (const channel of channels) {
    results.push(await sendCampaign(channel, audience.get(channel) ?? [], templateId));
  }
  return results;
});
