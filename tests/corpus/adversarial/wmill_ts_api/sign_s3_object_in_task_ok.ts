// SDK: windmill-client 1.818.0 client.mjs signS3Object(): inside a task it runs once and its result is checkpointed.
import { signS3Object, task, workflow } from "windmill-client";

const sign = task(async (key: string) => (await signS3Object({ s3: key })).s3);
const email = task(async (to: string, link: string) => ({ to, link }));

export const main = workflow(async (to: string, key: string) => {
  const link = await sign(key);
  return await email(to, link);
});
