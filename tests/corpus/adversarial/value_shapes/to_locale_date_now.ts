// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; new Date() is the clock, so the report title changes when a replay crosses midnight.
import { task, workflow } from "windmill-client";

const publish = task(async (title: string) => ({ title }));

export const main = workflow(async (team: string) => {
  const title = `${team} report ${new Date().toLocaleDateString("en-GB", { timeZone: "UTC" })}`; // expect: WAC102
  return await publish(title);
});
