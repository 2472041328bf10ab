// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top; the class declared in the body has only literal `static` fields, and its clock-reading instance field runs only when an instance is built, which the body never does.
import { task, workflow } from "windmill-client";

const reserve = task(async (region: string, seats: number) => `${region}:${seats}`);

export const main = workflow(async (seats: number) => {
  class Run {
    static region = "eu";
    static limit = 10;
    startedAt = Date.now();
  }
  return await reserve(Run.region, Math.min(seats, Run.limit));
});
