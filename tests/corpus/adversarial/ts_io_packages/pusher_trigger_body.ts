// SDK: windmill-client 1.818.0 client.mjs: Pusher's `trigger` sends an event to subscribers over HTTP; in the body each replay notifies them again.
import Pusher from "pusher";
import { task, workflow } from "windmill-client";

const build = task(async (jobId: string) => ({ jobId, status: "done" }));

export const main = workflow(async (jobId: string, appId: string, key: string, secret: string) => {
  const result = await build(jobId);
  const pusher = new Pusher({ appId, key, secret, cluster: "eu", useTLS: true });
  await pusher.trigger(`job-${jobId}`, "status", result); // expect: WAC101
  return result;
});
