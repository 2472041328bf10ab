// SDK: windmill-client 1.818.0 client.mjs: bucket(...).file(...) only builds a reference (no request); the upload runs inside a task.
import { Storage } from "@google-cloud/storage";
import { task, workflow } from "windmill-client";

const storage = new Storage();
const upload = task(async (bucket: string, name: string, body: string) => {
  await storage.bucket(bucket).file(name).save(body);
  return { name };
});

export const main = workflow(async (bucket: string, name: string, body: string) => {
  const ref = storage.bucket(bucket).file(name);
  return await upload(bucket, ref.name, body);
});
