// SDK: windmill-client 1.818.0 client.mjs: the body replays, maybe on another worker; dotenv.config() loads that worker's .env file into process.env.
import dotenv from "dotenv";
import { task, workflow } from "windmill-client";

const call = task(async (url: string) => url.length);

export const main = workflow(async () => {
  dotenv.config(); // expect: WAC101
  return await call(process.env.API_URL ?? ""); // expect: WAC102
});
