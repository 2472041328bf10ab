import { task, workflow } from "windmill-client";

import { shout } from "/u/alice/fmt.ts"; // expect: WAC403

const publish = task(async function publish(text: string) {
  return text;
});

export const main = workflow(async (title: string) => {
  return await publish(shout(title));
});
