// SDK: windmill-client 1.818.0 client.mjs: formatting a date given as input is deterministic; `new Date()` inside step() is checkpointed once.
import { step, task, workflow } from "windmill-client";

const collect = task(async (team: string) => ({ team, items: 12 }));
const send = task(async (subject: string, body: string) => ({ sent: true, subject }));
const fmt = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", dateStyle: "long" });

export const main = workflow(async (team: string, reportDate?: string) => {
  const stats = await collect(team);
  const when = reportDate ?? (await step("today", () => new Date().toISOString()));
  const day = fmt.format(new Date(when));
  return await send(`Digest for ${team}, ${day}`, `${stats.items} items`);
});
