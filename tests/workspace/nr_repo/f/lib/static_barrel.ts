export * from "./static_api.ts";
