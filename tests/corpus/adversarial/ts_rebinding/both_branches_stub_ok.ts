// SDK: windmill-client 1.818.0 client.mjs: every branch assigns a local object whose send only returns its input; no client is built.
import { task, workflow } from "windmill-client";

type Sink = { send: (body: string) => Promise<string> };

const render = task(async (id: string) => `report ${id}`);

export const main = workflow(async (id: string, loud: boolean) => {
  let sink: Sink;
  if (loud) {
    sink = { send: async (b: string) => b.toUpperCase() };
  } else {
    sink = { send: async (b: string) => b };
  }
  const body = await render(id);
  return await sink.send(body);
});
