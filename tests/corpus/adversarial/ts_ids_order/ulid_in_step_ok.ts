// SDK: windmill-client 1.818.0 client.mjs: step() checkpoints the ulid on its first run and replays the stored value afterwards.
import { ulid } from "ulid";
import { step, task, workflow } from "windmill-client";

const record = task(async (eventId: string, kind: string) => ({ eventId, kind }));

export const main = workflow(async (kind: string) => {
  const eventId = await step("event_id", () => ulid());
  return await record(eventId, kind);
});
