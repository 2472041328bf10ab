// SDK: windmill-client 1.818.0 client.mjs: kafkajs's CompressionTypes is a constant enum (a number); reading it in the body sends nothing. The producer runs in the task.
import { CompressionTypes, Kafka } from "kafkajs";
import { task, workflow } from "windmill-client";

const publish = task(async (brokers: string[], topic: string, messages: string[], compression: number) => {
  const producer = new Kafka({ clientId: "wac", brokers }).producer();
  await producer.connect();
  await producer.send({ topic, compression, messages: messages.map((value) => ({ value })) });
  await producer.disconnect();
  return { sent: messages.length };
});

export const main = workflow(async (brokers: string[], topic: string, events: string[], big: boolean = false) => {
  const compression = big ? CompressionTypes.GZIP : CompressionTypes.None;
  return await publish(brokers, topic, events, compression);
});
