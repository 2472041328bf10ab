// SDK: windmill-client 1.818.0 client.mjs: the body replays; faker draws a new random name on each replay.
import { faker } from "@faker-js/faker";
import { task, workflow } from "windmill-client";

const seedUser = task(async (name: string) => ({ name }));

export const main = workflow(async () => {
  const name = faker.person.fullName(); // expect: WAC102
  return await seedUser(name);
});
