// SDK: windmill-client 1.818.0 client.mjs: the body replays; a TypeORM repository save writes the entity on every replay.
import { DataSource } from "typeorm";
import { task, workflow } from "windmill-client";

const ds = new DataSource({ type: "postgres", url: "postgres://app@db/crm" });

const shape = task(async (email: string) => ({ email, active: true }));

export const main = workflow(async (email: string) => {
  const user = await shape(email);
  await ds.getRepository("user").save(user); // expect: WAC101
  return user;
});
