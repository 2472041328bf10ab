// SDK: windmill-client 1.818.0 client.mjs usernameToEmail(): a UserService request to the API.
import { task, usernameToEmail, workflow } from "windmill-client";

const assign = task(async (ticket: string, email: string) => ({ ticket, email }));

export const main = workflow(async (ticket: string, owner: string) => {
  const email = await usernameToEmail(owner); // expect: WAC101
  return await assign(ticket, email);
});
