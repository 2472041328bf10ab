import { taskFlow, workflow } from "windmill-client";

const fulfil = taskFlow("f/shop/fulfil");

export const main = workflow(async (express: boolean) => {
  return await fulfil({ express }); // expect: WAC402
});
