import { workflow } from "windmill-client";

import { local, outbound } from "/f/common/ts_clients.ts";

export const main = workflow(async (message: string) => {
  const framed = await local.send(message);
  return await outbound.send(framed); // expect: WAC101
});
