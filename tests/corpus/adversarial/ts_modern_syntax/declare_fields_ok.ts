// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `declare` fields emit no initializer, and the class is filled from the inputs, so it is the same every replay.
import { task, workflow } from "windmill-client";

class Order {
  declare id: string;
  declare total: number;
  readonly currency: string = "EUR";
  static from(raw: { id: string; total: number }): Order {
    return Object.assign(new Order(), raw);
  }
}

const charge = task(async (id: string, total: number, currency: string) => ({ id, total, currency }));

export const main = workflow(async (raw: { id: string; total: number }) => {
  const order = Order.from(raw);
  return await charge(order.id, order.total, order.currency);
});
