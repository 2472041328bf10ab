import { task, workflow } from "windmill-client";

import { local, outbound } from "/f/common/ts_clients.ts";

const deliver = task(async (message: string) => await outbound.send(message));

export const main = workflow(async (message: string) => {
  const framed = outbound.frame(await local.send(message));
  return await deliver(framed);
});
