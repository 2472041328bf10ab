import { workflow } from "windmill-client";

export default workflow(async function (a: string, b: number) {
  return a;
});
