// SDK: windmill-client 1.818.0 client.mjs: every round loads the module again; this class decorator only records the class in a module Map, the same in each round.
import { task, workflow } from "windmill-client";

const HANDLERS = new Map<string, Function>();

function handler(target: Function) {
  HANDLERS.set(target.name, target);
}

@handler  // expect: WAC903
class OrderHandler {
  handle(orderId: string) {
    return { orderId };
  }
}

const process = task(async (orderId: string) => new OrderHandler().handle(orderId));

export const main = workflow(async (orderId: string) => {
  console.log([...HANDLERS.keys()]);
  return await process(orderId);
});
