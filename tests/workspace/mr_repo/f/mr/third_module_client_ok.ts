import { step, workflow } from "windmill-client";
import { keyFor, upload } from "/f/common/uploads.ts";

export const main = workflow(async (bucket: string, day: string) => {
  const key = keyFor(day);
  await step("upload", () => upload(bucket, key, "{}"));
  return key;
});
