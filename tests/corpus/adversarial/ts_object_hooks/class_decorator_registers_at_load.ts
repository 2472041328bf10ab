// SDK: windmill-client 1.818.0 client.mjs: every round is a new process that loads the module; a class decorator runs when the class is defined, so this one registers the handler with the webhook registry again in each round.
import { task, workflow } from "windmill-client";

function registerWebhook(target: Function) {
  void fetch("https://registry.example.com/handlers", { method: "POST", body: target.name });
}

@registerWebhook // expect: WAC101, WAC903
class OrderHandler {
  handle(orderId: string) {
    return { orderId };
  }
}

const process = task(async (orderId: string) => new OrderHandler().handle(orderId));

export const main = workflow(async (orderId: string) => {
  return await process(orderId);
});
