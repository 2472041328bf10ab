// SDK: windmill-client 1.818.0 client.mjs: googleapis' OAuth2 client object and its generateAuthUrl build a consent URL string in memory (no request); the token exchange runs in the task after the approval.
import { google } from "googleapis";
import { task, waitForApproval, workflow } from "windmill-client";

const SCOPES = ["https://www.googleapis.com/auth/calendar.readonly"];

const emailLink = task(async (to: string, url: string) => ({ to, url }));
const exchangeCode = task(async (clientId: string, secret: string, redirect: string, code: string) => {
  const oauth = new google.auth.OAuth2(clientId, secret, redirect);
  const { tokens } = await oauth.getToken(code);
  return { hasRefresh: Boolean(tokens.refresh_token) };
});

export const main = workflow(async (userEmail: string, clientId: string, secret: string, redirect: string) => {
  const oauth = new google.auth.OAuth2(clientId, secret, redirect);
  const url = oauth.generateAuthUrl({ access_type: "offline", scope: SCOPES, state: userEmail, prompt: "consent" });
  await emailLink(userEmail, url);
  const form = await waitForApproval({ key: "oauth_code", timeout: 86400, form: { type: "object", properties: { code: { type: "string" } } } });
  return await exchangeCode(clientId, secret, redirect, String(form.value?.code ?? ""));
});
