// SDK: windmill-client 1.818.0 client.mjs: reading a file in the body re-reads it after each task; a file changed in between changes what later tasks get.
import { task, workflow } from "windmill-client";

const importUsers = task(async (csv: string) => csv.split("\n").length);

export const main = workflow(async (path: string) => {
  const csv = await Bun.file(path).text(); // expect: WAC101
  return await importUsers(csv);
});
