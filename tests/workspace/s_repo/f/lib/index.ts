// SDK: no windmill-client import; the barrel the billing team imports from
export { authHeaders, postJson as send } from "./net.ts";
export * from "./time.ts";
export { issueCredit, notifyTeam } from "./tasks.ts";
