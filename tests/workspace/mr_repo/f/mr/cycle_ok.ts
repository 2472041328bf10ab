import { step, workflow } from "windmill-client";
import { pureA, shoutA, stampA } from "./../common/cyc_a.ts";

export const main = workflow(async (label: string) => {
  const low = pureA(label);
  const loud = shoutA(low);
  const stamped = await step("stamp", () => stampA(loud));
  return { low, loud, stamped };
});
