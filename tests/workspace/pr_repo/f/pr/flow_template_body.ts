import { taskFlow, workflow } from "windmill-client";

import { TARGET_ROOT } from "/f/common/ts_paths.ts";

const ingest = taskFlow(`${TARGET_ROOT}/ingest`);

export const main = workflow(async (limit: string) => {
  const a = await ingest({ source: "s3", limit: "10" }); // expect: WAC402
  const b = await ingest({ source: "gcs", limit }); // expect: WAC402
  return [a, b];
});
