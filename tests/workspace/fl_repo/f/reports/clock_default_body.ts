import { workflow } from "windmill-client";
import clock from "../common/clock.ts";

export const main = workflow(async () => {
  return clock.stamp(); // expect: WAC102
});
