import { workflow } from "windmill-client";

import { senderFor } from "/f/common/sender_factory.ts";

export const main = workflow(async (message: string) => {
  const sender = senderFor("hook");
  const framed = sender.frame(message);
  return await sender.send(framed); // expect: WAC101
});
