// SDK: windmill-client 1.818.0 client.mjs: each round runs the script again; the `static` fields of `Run` are literals and a fixed date, the same every round.
import { task, workflow } from "windmill-client";

class Run {
  static region = "eu";
  static epoch = new Date(Date.UTC(2024, 0, 1)).toISOString();
}

const reserve = task(async (region: string, since: string, seats: number) => `${region}:${since}:${seats}`);

export const main = workflow(async (seats: number) => {
  return await reserve(Run.region, Run.epoch, seats);
});
