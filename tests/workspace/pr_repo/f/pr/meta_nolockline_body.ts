import { task, workflow } from "windmill-client";

const shout = task(async (text: string) => text.toUpperCase());

export const main = workflow(async (text: string) => { // expect: WAC901
  return await shout(text);
});
