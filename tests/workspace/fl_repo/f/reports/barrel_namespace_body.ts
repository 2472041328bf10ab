import { workflow } from "windmill-client";
import { clock, tools } from "../common/barrel.ts";

export const main = workflow(async (text: string) => {
  const picked = tools.pickOne(); // expect: WAC102
  return { picked, at: clock.stamp(), text: tools.utils.trim(text) }; // expect: WAC102
});
