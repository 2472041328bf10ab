import { taskFlow, taskScript, workflow } from "windmill-client";

import { TARGET_ROOT } from "/f/common/ts_paths.ts";

const notify = taskScript(`${TARGET_ROOT}/notify`);
const ingest = taskFlow(`${TARGET_ROOT}/ingest`);

export const main = workflow(async (channel: string, urgent: boolean) => {
  const sent = await notify({ channel, text: "done", urgent });
  const loaded = await ingest({ source: "s3", limit: 10 });
  return { sent, loaded };
});
