import { taskFlow, workflow } from "windmill-client";

const ingest = taskFlow("f/etl/ingest");

export const main = workflow(async (source: string) => {
  return await ingest({ source, mode: "partial" }); // expect: WAC402
});
