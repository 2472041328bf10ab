// Probe every mirror, then pick one deterministically.
import { task, workflow } from "windmill-client";

const probe = task(async (mirror: string) => mirror);
const download = task(async (mirror: string, file: string) => `${mirror}/${file}`);

export const main = workflow(async (file: string) => {
  const mirrors = await Promise.all([probe("eu"), probe("us")]);
  return await download(mirrors.sort()[0], file);
});
