import * as wmill from "windmill-client";
import { workflow } from "windmill-client";

export const main = workflow(async (month: string) => {
  const id = await wmill.runFlowAsync("f/billing/month_close", { month });  // expect: WAC101
  return id;
});
