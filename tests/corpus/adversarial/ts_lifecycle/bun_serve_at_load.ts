// SDK: windmill-client 1.818.0 client.mjs: every round is a new process that loads the module; Bun.serve at load binds the metrics port again in each round (and fails with EADDRINUSE when two rounds share a worker host).
import { task, workflow } from "windmill-client";

const server = Bun.serve({ port: 9464, fetch: () => new Response("up 1\n") }); // expect: WAC101

const reindex = task(async (collection: string) => ({ collection, port: server.port }));

export const main = workflow(async (collection: string) => {
  return await reindex(collection);
});
