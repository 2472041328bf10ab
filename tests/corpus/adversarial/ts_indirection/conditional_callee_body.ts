// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the function picked by a conditional and called in the body posts to Slack on every replay when the flag is set.
import { task, workflow } from "windmill-client";

async function postSlack(text: string) {
  await fetch("https://hooks.slack.com/services/T0/B0/X", { method: "POST", body: JSON.stringify({ text }) });
}
async function printOnly(text: string) {
  console.log(text);
}

const summarize = task(async (run: string) => `run ${run} finished`);

export const main = workflow(async (run: string, notify: boolean) => {
  const text = await summarize(run);
  const send = notify ? postSlack : printOnly;
  await send(text); // expect: WAC101
  return text;
});
