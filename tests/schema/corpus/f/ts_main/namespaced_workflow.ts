import * as wmill from "windmill-client";
export const main = wmill.workflow(async (a: string) => {});
