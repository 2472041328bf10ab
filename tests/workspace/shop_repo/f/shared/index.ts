export { postJson, authHeader } from "./http.ts";
export { formatCents } from "./money_format.ts";
