// SDK: windmill-client 1.818.0 task() returns a thenable that only dispatches when awaited or then'd; tasks reached by destructuring an object of tasks are still tasks
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
  for (const flag of flags) {
    disable(flag); // expect: WAC106
  }
  notify(`Froze ${flags.length} flag(s) tagged ${tag} for ${incident}`); // expect: WAC106
  return { incident, frozen: flags };
});
