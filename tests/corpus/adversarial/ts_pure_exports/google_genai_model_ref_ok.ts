// SDK: windmill-client 1.818.0 client.mjs: `new GoogleGenerativeAI(key).getGenerativeModel({ model })` builds a model reference without a request; generateContent is called in the task.
import { GoogleGenerativeAI } from "@google/generative-ai";
import { task, workflow } from "windmill-client";

const summarize = task(async (apiKey: string, model: string, text: string) => {
  const m = new GoogleGenerativeAI(apiKey).getGenerativeModel({ model });
  const res = await m.generateContent(`Summarize:\n${text}`);
  return res.response.text();
});

export const main = workflow(async (apiKey: string, text: string, model: string = "gemini-1.5-flash") => {
  const ref = new GoogleGenerativeAI(apiKey).getGenerativeModel({ model });
  return { model: ref.model, summary: await summarize(apiKey, model, text) };
});
