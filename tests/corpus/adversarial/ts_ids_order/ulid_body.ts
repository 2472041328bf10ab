// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; ulid() reads the clock and randomness, so each replay sends the task a different event id.
import { ulid } from "ulid";
import { task, workflow } from "windmill-client";

const record = task(async (eventId: string, kind: string) => ({ eventId, kind }));

export const main = workflow(async (kind: string) => {
  const eventId = ulid(); // expect: WAC102
  return await record(eventId, kind);
});
