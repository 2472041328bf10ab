import { taskScript, workflow } from "windmill-client";

import { TARGET_ROOT } from "/f/common/ts_paths.ts";

const score = taskScript(`${TARGET_ROOT}/score`);
const enrich = taskScript(TARGET_ROOT + "/enrich");

export const main = workflow(async (id: string) => {
  const user = await enrich({ user_id: id });
  const total = await score({ values: [1, 2, 3] });
  return { user, total };
});
