// SDK: windmill-client 1.818.0 client.mjs: a task's result goes through JSON.stringify, which writes NaN as null; Number.isNaN on the replayed value is never true.
import { task, workflow } from "windmill-client";

const ratio = task(async (a: number, b: number) => (b === 0 ? NaN : a / b));
const alert = task(async (msg: string) => ({ msg }));

export const main = workflow(async (a: number, b: number) => {
  const r = await ratio(a, b);
  if (Number.isNaN(r)) { // expect: WAC107
    return await alert("division by zero");
  }
  return r;
});
