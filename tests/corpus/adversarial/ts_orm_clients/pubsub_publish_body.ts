// SDK: windmill-client 1.818.0 client.mjs: the body replays; a Pub/Sub publish in the body publishes a duplicate message per replay.
import { PubSub } from "@google-cloud/pubsub";
import { task, workflow } from "windmill-client";

const pubsub = new PubSub();

const enrich = task(async (id: string) => ({ id, tier: "gold" }));

export const main = workflow(async (id: string) => {
  const e = await enrich(id);
  const msgId = await pubsub.topic("customers").publishMessage({ json: e }); // expect: WAC101
  return msgId;
});
