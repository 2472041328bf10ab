import { taskScript, workflow } from "windmill-client";

const extract = taskScript("f/etl/extract");

export const main = workflow(async (source: string) => {
  // positional arguments arrive as arg0, arg1: extract gets no `source`
  return await extract(source, 10); // expect: WAC301
});
