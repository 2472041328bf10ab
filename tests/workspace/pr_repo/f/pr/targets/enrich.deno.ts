export async function main(user_id: string, fields: string[] = ["name"], verbose = false) {
  return { user_id, fields, verbose };
}
