import { task, workflow } from "windmill-client";

import { createLocal, createSender } from "/f/common/sender_factory.ts";

const deliver = task(async (kind: string, message: string) => {
  return await createSender(kind).send(message);
});

export const main = workflow(async (kind: string, message: string) => {
  const local = await createLocal().send(message);
  const framed = createSender(kind).frame(message);
  return [local, framed, await deliver(kind, message)];
});
