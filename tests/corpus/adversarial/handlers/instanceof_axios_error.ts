// SDK: windmill-client 1.818.0 dist/wacError.mjs taskErrorFromMarker: the workflow gets a plain Error named "TaskError", never the task's AxiosError, so this branch never runs.
import axios, { AxiosError } from "axios";
import { task, workflow } from "windmill-client";

const fetchRates = task(async (base: string) => (await axios.get(`https://fx.example.com/${base}`)).data);

export const main = workflow(async (base: string) => {
  try {
    return await fetchRates(base);
  } catch (e) {
    if (e instanceof AxiosError) { // expect: WAC204
      return { base, rates: {} };
    }
    throw e;
  }
});
