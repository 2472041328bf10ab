export async function main(name: string, enabled: boolean) {
  return { name, enabled };
}
