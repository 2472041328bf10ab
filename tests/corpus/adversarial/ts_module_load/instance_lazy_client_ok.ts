// SDK: windmill-client 1.818.0 client.mjs: every round loads the module again; this client's constructor only keeps its base URL, and its requests run inside the task.
import { task, workflow } from "windmill-client";

class Api {
  constructor(private readonly base: string) {}

  async get(path: string) {
    return (await fetch(this.base + path)).json();
  }
}

const api = new Api("https://api.example.com");

const load = task(async (id: string) => api.get(`/orders/${id}`));

export const main = workflow(async (id: string) => {
  return await load(id);
});
