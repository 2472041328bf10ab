// SDK: windmill-client 1.818.0 client.mjs: workflow() replays the body after each task; a POST through an axios instance in the body is sent on every replay.
import axios from "axios";
import { task, workflow } from "windmill-client";

const crm = axios.create({ baseURL: "https://crm.example.com/api", timeout: 5000 });

const scoreLead = task(async (email: string) => ({ email, score: email.length % 10 }));

export const main = workflow(async (email: string) => {
  const lead = await scoreLead(email);
  await crm.post("/leads", lead); // expect: WAC101
  return lead;
});
