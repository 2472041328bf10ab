// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; getToken asks Entra ID for a token over the network each round, and the token differs per round.
import { DefaultAzureCredential } from "@azure/identity";
import { task, workflow } from "windmill-client";

const credential = new DefaultAzureCredential();
const callApi = task(async (token: string, path: string) => ({ path, authorized: token.length > 0 }));

export const main = workflow(async (path: string) => {
  const { token } = await credential.getToken("https://management.azure.com/.default"); // expect: WAC101
  return await callApi(token, path);
});
