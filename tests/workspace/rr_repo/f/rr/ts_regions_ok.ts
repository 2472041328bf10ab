import { task, workflow } from "windmill-client";

import { BUILD, REGIONS } from "./../common/ts_regions.ts";

const deploy = task(async function deploy(region: string, build: string) {
  return region + build;
});

export const main = workflow(async () => {
  const done: string[] = [];
  for (const region of REGIONS) {
    done.push(await deploy(region, BUILD));
  }
  return done;
});
