// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; uuid.v1() is built from the clock and a random node id, a new value per replay.
import * as uuid from "uuid";
import { task, workflow } from "windmill-client";

const open = task(async (ticketId: string, subject: string) => ({ ticketId, subject }));

export const main = workflow(async (subject: string) => {
  return await open(uuid.v1(), subject); // expect: WAC102
});
