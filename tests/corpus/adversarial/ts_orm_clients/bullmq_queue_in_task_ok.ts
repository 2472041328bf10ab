// SDK: windmill-client 1.818.0 client.mjs: new Queue() only configures the connection; the job is added inside a task.
import { Queue } from "bullmq";
import { task, workflow } from "windmill-client";

const emails = new Queue("emails", { connection: { host: "redis" } });

const compose = task(async (user: string) => ({ to: user, subject: "Hi" }));
const enqueue = task(async (msg: { to: string; subject: string }) => (await emails.add("send", msg)).id);

export const main = workflow(async (user: string) => {
  const msg = await compose(user);
  return await enqueue(msg);
});
