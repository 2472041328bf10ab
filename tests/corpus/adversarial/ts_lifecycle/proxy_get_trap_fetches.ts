// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; reading a property of this Proxy runs its `get` trap, which fetches the setting over HTTP each replay.
import { task, workflow } from "windmill-client";

const remoteConfig = new Proxy({} as Record<string, Promise<string>>, {
  get: (_target, key) => fetch(`https://config.example.com/keys/${String(key)}`).then((r) => r.text()),
});

const deploy = task(async (service: string, region: string) => ({ service, region }));

export const main = workflow(async (service: string) => {
  const region = await remoteConfig.region; // expect: WAC101
  return await deploy(service, region);
});
