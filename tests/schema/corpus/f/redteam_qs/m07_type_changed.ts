export async function main(ids: number[], when: Date, flag = true) {
  return ids;
}
