// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `this.post` inside the object's own method reaches its fetching sibling, run in the body each replay.
import { task, workflow } from "windmill-client";

const slack = {
  webhook: "https://hooks.slack.com/services/T000/B000/XXX",
  async post(text: string) {
    await fetch(this.webhook, { method: "POST", body: JSON.stringify({ text }) });
  },
  async announce(release: string) {
    await this.post(`:rocket: ${release} is live`);
  },
};

const ship = task(async (release: string) => ({ release, shipped: true }));

export const main = workflow(async (release: string) => {
  const r = await ship(release);
  await slack.announce(release); // expect: WAC101
  return r;
});
