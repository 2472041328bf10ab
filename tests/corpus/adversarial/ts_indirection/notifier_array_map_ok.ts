// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the arrow given to `map` calls a task (dispatched once, keyed in call order) and a logger for each element.
import { task, workflow } from "windmill-client";

const postSlack = task(async (text: string) => {
  await fetch("https://hooks.slack.com/services/T0/B0/X", { method: "POST", body: JSON.stringify({ text }) });
  return "slack";
});
async function printIt(text: string) {
  console.log(text);
  return "console";
}

const notifiers = [postSlack, printIt];
const summarize = task(async (run: string) => `run ${run} done`);

export const main = workflow(async (run: string) => {
  const text = await summarize(run);
  return await Promise.all(notifiers.map((notify) => notify(text)));
});
