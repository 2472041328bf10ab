// Use whichever mirror answers first, then download from it.
import { task, workflow } from "windmill-client";

const probe = task(async (mirror: string) => mirror);
const download = task(async (mirror: string, file: string) => `${mirror}/${file}`);

export const main = workflow(async (file: string) => {
  const fastest = await Promise.race([probe("eu"), probe("us")]); // expect: WAC105
  return await download(fastest, file);
});
