// SDK: windmill-client 1.818.0 client.mjs step(): the kafkajs publish runs once in the step; the producer object is only built in the module.
import { Kafka } from "kafkajs";
import { step, task, workflow } from "windmill-client";

const kafka = new Kafka({ clientId: "orders", brokers: ["kafka:9092"] });
const producer = kafka.producer();

const place = task(async (sku: string) => ({ sku, orderId: `o-${sku}` }));

export const main = workflow(async (sku: string) => {
  const order = await place(sku);
  await step("publish", async () => {
    await producer.connect();
    await producer.send({ topic: "orders", messages: [{ key: order.orderId, value: JSON.stringify(order) }] });
    return order.orderId;
  });
  return order;
});
