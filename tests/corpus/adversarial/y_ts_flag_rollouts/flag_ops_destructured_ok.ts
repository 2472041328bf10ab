// SDK: windmill-client 1.818.0 task() thenables collected and awaited with Promise.all dispatch together in call order
import { task, workflow } from "windmill-client";

const disableFlag = task(async (flag: string) => {
  const res = await fetch(`${process.env.GROWTHBOOK_API}/api/v1/features/${flag}/toggle`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.GROWTHBOOK_SECRET}`, "content-type": "application/json" },
    body: JSON.stringify({ reason: "incident freeze", environments: { production: false } }),
  });
  return { flag, ok: res.ok };
});

const notifyChannel = task(async (text: string) => {
  await fetch(process.env.SLACK_WEBHOOK!, { method: "POST", body: JSON.stringify({ text }) });
  return true;
});

const listFlags = task(async (tag: string): Promise<string[]> => {
  const res = await fetch(`${process.env.GROWTHBOOK_API}/api/v1/features?tag=${encodeURIComponent(tag)}`, {
    headers: { authorization: `Bearer ${process.env.GROWTHBOOK_SECRET}` },
  });
  return ((await res.json()) as { features: { id: string }[] }).features.map((f) => f.id);
});

const FlagOps = { disable: disableFlag, notify: notifyChannel, list: listFlags };

export const main = workflow(async (tag: string, incident: string) => {
  const { disable, notify, list } = FlagOps;
  const flags = await list(tag);
  const pending = [];
  for (const flag of flags) {
    pending.push(disable(flag));
  }
  const results = await Promise.all(pending);
  await notify(`Froze ${results.filter((r) => r.ok).length} flag(s) tagged ${tag} for ${incident}`);
  return { incident, frozen: flags };
});
