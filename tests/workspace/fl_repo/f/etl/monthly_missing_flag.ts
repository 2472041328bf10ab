import { taskFlow, workflow } from "windmill-client";

const monthly = taskFlow("f/etl/monthly");

export const main = workflow(async (month: string) => {
  return await monthly({ month }); // expect: WAC402
});
