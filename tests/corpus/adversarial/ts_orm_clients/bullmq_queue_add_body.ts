// SDK: windmill-client 1.818.0 client.mjs: the body replays; a BullMQ queue.add pushes a job to Redis on every replay.
import { Queue } from "bullmq";
import { task, workflow } from "windmill-client";

const emails = new Queue("emails", { connection: { host: "redis" } });

const compose = task(async (user: string) => ({ to: user, subject: "Hi" }));

export const main = workflow(async (user: string) => {
  const msg = await compose(user);
  await emails.add("send", msg); // expect: WAC101
  return msg;
});
