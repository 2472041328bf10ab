// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; nanoid/non-secure draws its id from Math.random, a new id per replay.
import { nanoid } from "nanoid/non-secure";
import { task, workflow } from "windmill-client";

const createLink = task(async (slug: string, url: string) => ({ slug, url }));

export const main = workflow(async (url: string) => {
  const slug = nanoid(8); // expect: WAC102
  return await createLink(slug, url);
});
