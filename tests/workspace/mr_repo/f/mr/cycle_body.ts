import { workflow } from "windmill-client";
import { pureA, shoutA, stampA } from "/f/common/cyc_a.ts";

export const main = workflow(async (label: string) => {
  const low = pureA(label);
  const loud = shoutA(label);
  const stamped = stampA(low); // expect: WAC102
  return { low, loud, stamped };
});
