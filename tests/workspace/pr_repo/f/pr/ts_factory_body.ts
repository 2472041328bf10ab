import { workflow } from "windmill-client";

import { createSender } from "/f/common/sender_factory.ts";

export const main = workflow(async (kind: string, message: string) => {
  const sender = createSender(kind);
  return await sender.send(message); // expect: WAC101
});
