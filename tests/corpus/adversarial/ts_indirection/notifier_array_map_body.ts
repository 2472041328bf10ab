// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the arrow given to `map` calls each notifier of the array in the body, and the Slack one posts every replay.
import { task, workflow } from "windmill-client";

async function postSlack(text: string) {
  await fetch("https://hooks.slack.com/services/T0/B0/X", { method: "POST", body: JSON.stringify({ text }) });
}
async function printIt(text: string) {
  console.log(text);
}

const notifiers = [postSlack, printIt];
const summarize = task(async (run: string) => `run ${run} done`);

export const main = workflow(async (run: string) => {
  const text = await summarize(run);
  await Promise.all(notifiers.map((notify) => notify(text))); // expect: WAC101
  return text;
});
