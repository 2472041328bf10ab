// SDK: windmill-client 1.818.0 client.mjs: topic(name) is a reference; the publish runs once inside a task.
import { PubSub } from "@google-cloud/pubsub";
import { task, workflow } from "windmill-client";

const pubsub = new PubSub();
const publish = task(async (topic: string, payload: string) => {
  const id = await pubsub.topic(topic).publishMessage({ data: Buffer.from(payload) });
  return { id };
});

export const main = workflow(async (topic: string, payload: string) => {
  const name = pubsub.topic(topic).name;
  return { name, ...(await publish(topic, payload)) };
});
