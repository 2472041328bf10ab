// SDK: windmill-client 1.818.0 client.mjs: a task runs once as its own job; the axios calls live in task bodies.
import axios from "axios";
import { task, workflow } from "windmill-client";

const crm = axios.create({ baseURL: "https://crm.example.com/api" });

const scoreLead = task(async (email: string) => {
  const { data } = await crm.get(`/leads/${encodeURIComponent(email)}`);
  return { email, score: Number(data.score ?? 0) };
});

const pushLead = task(async (lead: { email: string; score: number }) => {
  await crm.post("/leads", lead);
  return true;
});

export const main = workflow(async (email: string) => {
  const lead = await scoreLead(email);
  if (lead.score > 5) await pushLead(lead);
  return lead;
});
