import { taskFlow, taskScript, workflow } from "windmill-client";

const pipeline = taskFlow("f/mr/pipeline");
const typo = taskScript("f/mr/targets/lod_rows"); // expect: WAC401

export const main = workflow(async (source: string) => {
  const a = await pipeline({ src: source }); // expect: WAC402
  const b = await pipeline({}); // expect: WAC402
  const c = await typo({ table: source });
  return [a, b, c];
});
