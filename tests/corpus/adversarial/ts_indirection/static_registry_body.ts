// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a handler registered in a class's static registry and run from the body pages the on-call each replay.
import { task, workflow } from "windmill-client";

type Handler = (event: { id: string; severity: string }) => Promise<string>;

class Dispatcher {
  static handlers: Record<string, Handler> = {};
  static register(kind: string, h: Handler) {
    Dispatcher.handlers[kind] = h;
  }
  static async run(kind: string, event: { id: string; severity: string }) {
    return await Dispatcher.handlers[kind](event);
  }
}

Dispatcher.register("page", async (event) => {
  const r = await fetch("https://api.opsgenie.com/v2/alerts", {
    method: "POST",
    body: JSON.stringify({ message: event.id, priority: event.severity }),
  });
  return String(r.status);
});

const classify = task(async (id: string) => ({ id, severity: "P1" }));

export const main = workflow(async (id: string) => {
  const event = await classify(id);
  return await Dispatcher.run("page", event); // expect: WAC101
});
