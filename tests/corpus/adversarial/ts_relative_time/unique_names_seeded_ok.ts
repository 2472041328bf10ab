// SDK: windmill-client 1.818.0 client.mjs: unique-names-generator given a `seed` (the branch name) picks the same words every replay.
import { adjectives, animals, uniqueNamesGenerator } from "unique-names-generator";
import { task, workflow } from "windmill-client";

const createPreview = task(async (name: string, branch: string) => ({ name, branch }));

export const main = workflow(async (branch: string) => {
  const name = uniqueNamesGenerator({ dictionaries: [adjectives, animals], separator: "-", seed: branch });
  return await createPreview(name, branch);
});
