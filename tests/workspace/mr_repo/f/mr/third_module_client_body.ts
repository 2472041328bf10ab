import { workflow } from "windmill-client";
import { keyFor, upload } from "/f/common/uploads.ts";

export const main = workflow(async (bucket: string, day: string) => {
  const key = keyFor(day);
  await upload(bucket, key, "{}"); // expect: WAC101
  return key;
});
