// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the handler taken from the table (or its fallback) and called in the body may be the one that opens an incident over HTTP, every replay.
import { task, workflow } from "windmill-client";

type Handler = (id: string) => Promise<string>;

const handlers: Record<string, Handler> = {
  incident: async (id) => {
    const r = await fetch("https://api.statuspage.io/v1/incidents", { method: "POST", body: id });
    return String(r.status);
  },
};
const ignore: Handler = async (id) => `ignored ${id}`;

const classify = task(async (id: string) => (id.startsWith("P1") ? "incident" : "noise"));

export const main = workflow(async (id: string) => {
  const kind = await classify(id);
  const handle = handlers[kind] ?? ignore;
  return await handle(id); // expect: WAC101
});
