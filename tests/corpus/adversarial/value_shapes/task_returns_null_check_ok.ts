// SDK: windmill-client 1.818.0 client.mjs: null survives the JSON round trip, so the null check works on every replay.
import { task, workflow } from "windmill-client";

const ratio = task(async (a: number, b: number) => (b === 0 ? null : a / b));
const alert = task(async (msg: string) => ({ msg }));

export const main = workflow(async (a: number, b: number) => {
  const r = await ratio(a, b);
  if (r === null) {
    return await alert("division by zero");
  }
  return r;
});
