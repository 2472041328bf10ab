// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; KSUID.randomSync() is a timestamp plus random payload, a new id per replay.
import KSUID from "ksuid";
import { task, workflow } from "windmill-client";

const enqueue = task(async (messageId: string, body: string) => ({ messageId, body }));

export const main = workflow(async (body: string) => {
  const messageId = KSUID.randomSync().string; // expect: WAC102
  return await enqueue(messageId, body);
});
