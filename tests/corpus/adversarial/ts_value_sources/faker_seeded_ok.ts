// SDK: windmill-client 1.818.0 client.mjs: faker.seed(n) before each draw makes the sequence the same on every replay.
import { faker } from "@faker-js/faker";
import { task, workflow } from "windmill-client";

const seedUser = task(async (name: string) => ({ name }));

export const main = workflow(async (seed: number) => {
  faker.seed(seed);
  const name = faker.person.fullName();
  return await seedUser(name);
});
