// SDK: windmill-client 1.818.0 client.mjs: the body replays; an Azure Service Bus sendMessages posts the message each replay.
import { ServiceBusClient } from "@azure/service-bus";
import { task, workflow } from "windmill-client";

const bus = new ServiceBusClient("Endpoint=sb://example.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=v");
const sender = bus.createSender("invoices");

const total = task(async (lines: number[]) => lines.reduce((a, b) => a + b, 0));

export const main = workflow(async (lines: number[]) => {
  const sum = await total(lines);
  await sender.sendMessages({ body: { sum } }); // expect: WAC101
  return sum;
});
