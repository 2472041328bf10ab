// SDK: windmill-client 1.818.0 client.mjs: the helper's task calls run, but the body does not wait for the helper's promise, so its failure is lost.
import { task, workflow } from "windmill-client";

const postMessage = task(async (channel: string, text: string) => ({ channel, ts: "1" }));

async function announce(channels: string[], text: string) {
  for (const c of channels) {
    await postMessage(c, text);
  }
}

export const main = workflow(async (channels: string[], release: string) => {
  announce(channels, `Released ${release}`); // expect: WAC106
  return { release };
});
