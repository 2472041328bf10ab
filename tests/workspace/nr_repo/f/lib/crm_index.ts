export { CrmClient as Crm } from "./crm_class.ts";

export async function main() {
  return "crm";
}
