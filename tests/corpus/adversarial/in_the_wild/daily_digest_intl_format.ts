// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; Intl.DateTimeFormat's format() without a date formats the current time, which can change between rounds (a digest straddling midnight gets two subjects).
import { task, workflow } from "windmill-client";

const collect = task(async (team: string) => ({ team, items: 12 }));
const send = task(async (subject: string, body: string) => ({ sent: true, subject }));

export const main = workflow(async (team: string, timeZone = "Europe/Paris") => {
  const stats = await collect(team);
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "long" }).format(); // expect: WAC102
  return await send(`Digest for ${team}, ${day}`, `${stats.items} items`);
});
