// SDK: windmill-client 1.818.0 client.mjs: unique-names-generator draws random words unless given a `seed`; a preview environment named in the body gets another name on every replay.
import { adjectives, animals, uniqueNamesGenerator } from "unique-names-generator";
import { task, workflow } from "windmill-client";

const createPreview = task(async (name: string, branch: string) => ({ name, branch }));

export const main = workflow(async (branch: string) => {
  const name = uniqueNamesGenerator({ dictionaries: [adjectives, animals], separator: "-" }); // expect: WAC102
  return await createPreview(name, branch);
});
