import { task, workflow } from "windmill-client";

import * as regions from "/f/common/ts_regions.ts";

const deploy = task(async function deploy(region: string, tag: string) {
  return region + tag;
});

export const main = workflow(async (region: string) => {
  return await deploy(region, regions.RUN_ID); // expect: WAC102
});
