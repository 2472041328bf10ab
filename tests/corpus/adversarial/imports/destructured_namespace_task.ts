// SDK: windmill-client 1.818.0 client.mjs exports task/workflow; `const { task, workflow } = wmill` binds the same functions (Windmill's WAC parser also reports line 5 as an un-awaited task call).
import * as wmill from "windmill-client";
const { task, workflow } = wmill;
const t = task(async (x: number) => x);
export const main = workflow(async (x: number) => {
  t(x); // expect: WAC106
  return 1;
});
