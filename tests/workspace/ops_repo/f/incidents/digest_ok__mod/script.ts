// SDK: windmill-client 1.818.0 taskScript("./x.ts") runs a module of this script (its __mod folder).
import { taskScript, workflow } from "windmill-client";

const collect = taskScript("./collect.ts");
const render = taskScript("./render.ts");

export const main = workflow(async (day: string) => {
  const rows = await collect({ day });
  return await render({ rows });
});
