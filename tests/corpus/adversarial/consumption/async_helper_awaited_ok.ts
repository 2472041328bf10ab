// SDK: windmill-client 1.818.0 client.mjs: the helper awaits its tasks and the body awaits the helper.
import { task, workflow } from "windmill-client";

const postMessage = task(async (channel: string, text: string) => ({ channel, ts: "1" }));

const announce = async (channels: string[], text: string): Promise<number> => {
  let sent = 0;
  for (const c of channels) {
    await postMessage(c, text);
    sent++;
  }
  return sent;
};

export const main = workflow(async (channels: string[], release: string) => {
  const sent = await announce(channels, `Released ${release}`);
  return { release, sent };
});
