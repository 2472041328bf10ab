// SDK: windmill-client 1.818.0 client.mjs: the body replays; cuid2's createId() is random, so each replay makes a new id.
import { createId } from "@paralleldrive/cuid2";
import { task, workflow } from "windmill-client";

const insert = task(async (id: string, title: string) => ({ id, title }));

export const main = workflow(async (title: string) => {
  const id = createId(); // expect: WAC102
  return await insert(id, title);
});
