// SDK: windmill-client 1.818.0 client.mjs: the helper sends through the module-level ioredis client it is handed; awaited from the body it publishes on every replay.
import Redis from "ioredis";
import { task, workflow } from "windmill-client";

const redis = new Redis("redis://cache:6379");

async function announce(client: Redis, channel: string, message: string) {
  return await client.publish(channel, message);
}

const deploy = task(async (service: string) => ({ service, version: "1.2.3" }));

export const main = workflow(async (service: string) => {
  const d = await deploy(service);
  await announce(redis, "deploys", `${d.service}@${d.version}`); // expect: WAC101
  return d;
});
