import { task, workflow } from "windmill-client";
import { eventName, postEvent } from "/f/lib/barrel_top.ts";

const count = task(async (rows: string[]) => rows.length);

export const main = workflow(async (url: string, rows: string[]) => {
  const n = await count(rows);
  await postEvent(url, { name: eventName("rows"), n }); // expect: WAC101
  return n;
});
