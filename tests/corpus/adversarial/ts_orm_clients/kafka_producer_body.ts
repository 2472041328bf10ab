// SDK: windmill-client 1.818.0 client.mjs: the body replays; a kafkajs producer in the body publishes the event again on each replay.
import { Kafka } from "kafkajs";
import { task, workflow } from "windmill-client";

const kafka = new Kafka({ clientId: "orders", brokers: ["kafka:9092"] });
const producer = kafka.producer();

const place = task(async (sku: string) => ({ sku, orderId: `o-${sku}` }));

export const main = workflow(async (sku: string) => {
  const order = await place(sku);
  await producer.send({ topic: "orders", messages: [{ key: order.orderId, value: JSON.stringify(order) }] }); // expect: WAC101
  return order;
});
