// SDK: windmill-client 1.818.0 client.mjs: the body replays; @google-cloud/storage file.save uploads on every replay.
import { Storage } from "@google-cloud/storage";
import { task, workflow } from "windmill-client";

const storage = new Storage();

const render = task(async (rows: number[]) => rows.map(String).join(","));

export const main = workflow(async (bucket: string, rows: number[]) => {
  const csv = await render(rows);
  await storage.bucket(bucket).file("out/rows.csv").save(csv); // expect: WAC101
  return csv.length;
});
