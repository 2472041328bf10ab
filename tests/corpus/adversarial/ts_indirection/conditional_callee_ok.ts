// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a conditional picking one of two tasks dispatches a task (checkpointed), and the flag is an input, so each replay picks the same one.
import { task, workflow } from "windmill-client";

const postSlack = task(async (text: string) => {
  await fetch("https://hooks.slack.com/services/T0/B0/X", { method: "POST", body: JSON.stringify({ text }) });
  return "slack";
});
const printOnly = task(async (text: string) => {
  console.log(text);
  return "console";
});

const summarize = task(async (run: string) => `run ${run} finished`);

export const main = workflow(async (run: string, notify: boolean) => {
  const text = await summarize(run);
  const send = notify ? postSlack : printOnly;
  return await send(text);
});
