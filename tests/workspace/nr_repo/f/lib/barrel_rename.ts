export { default as Mailer } from "./mailer_class.ts";
export { postEvent as emit, eventName as nameOf } from "./barrel_mid.ts";

export async function main() {
  return "barrel";
}
