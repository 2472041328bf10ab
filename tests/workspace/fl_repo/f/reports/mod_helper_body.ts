import { workflow } from "windmill-client";
import { stampNow } from "/f/common/stamps.ts";

export const main = workflow(async () => {
  return stampNow(); // expect: WAC102
});
