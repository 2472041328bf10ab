// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `new Date()` without an argument is the clock, so the date text sent to the task changes between rounds.
import { task, workflow } from "windmill-client";

const notify = task(async (text: string) => ({ text }));

export const main = workflow(async (customer: string) => {
  const today = new Date().toLocaleDateString("en-GB", { timeZone: "Europe/Paris" }); // expect: WAC102
  return await notify(`${customer}: reminder sent ${today}`);
});
