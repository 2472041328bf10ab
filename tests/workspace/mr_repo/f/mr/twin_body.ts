import { task, workflow } from "windmill-client";

// The same workflow rewritten in TypeScript, with the Python one left in place.
const shout = task(async (text: string) => text.toUpperCase());

export const main = workflow(async (text: string) => { // expect: WAC901
  return await shout(text);
});
