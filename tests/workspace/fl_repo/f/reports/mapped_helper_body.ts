import { workflow } from "windmill-client";
import { getUser } from "../common/wrap.ts";
import { label } from "/f/common/clock.ts";

export const main = workflow(async (ids: string[]) => {
  const names = ids.map(label);
  const users = await Promise.all(ids.map(getUser)); // expect: WAC101
  return { names, users };
});
