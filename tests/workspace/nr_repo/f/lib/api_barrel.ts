export { default as api } from "./default_obj.ts";
export * from "./crm_class.ts";

export async function main() {
  return "api";
}
