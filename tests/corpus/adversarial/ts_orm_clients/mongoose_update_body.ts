// SDK: windmill-client 1.818.0 client.mjs: the body replays; a mongoose model update writes to MongoDB each time.
import mongoose from "mongoose";
import { task, workflow } from "windmill-client";

const Subscription = mongoose.model("Subscription", new mongoose.Schema({ user: String, plan: String }));

const pickPlan = task(async (user: string) => (user.endsWith("@corp.com") ? "team" : "solo"));

export const main = workflow(async (user: string) => {
  const plan = await pickPlan(user);
  await Subscription.findOneAndUpdate({ user }, { plan }, { upsert: true }); // expect: WAC101
  return plan;
});
