// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the object built by spreading a base API keeps the base's fetching method, run in the body each replay.
import { task, workflow } from "windmill-client";

const baseApi = {
  async get(path: string) {
    return (await fetch(`https://api.example.com${path}`)).json();
  },
};

const usersApi = {
  ...baseApi,
  userPath: (id: string) => `/users/${id}`,
};

const greet = task(async (name: string) => `hello ${name}`);

export const main = workflow(async (id: string) => {
  const user = (await usersApi.get(usersApi.userPath(id))) as { name: string }; // expect: WAC101
  return await greet(user.name);
});
