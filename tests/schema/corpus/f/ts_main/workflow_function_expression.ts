import { workflow } from "windmill-client";
export const main = workflow(async function (a: string) {});
