import * as wmill from "windmill-client";

export const main = wmill.workflow(async function (x: number, opts: { retry?: boolean } = {}) {
  return x;
});
