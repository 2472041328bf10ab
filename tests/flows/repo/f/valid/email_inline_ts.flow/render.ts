export async function main(name: string): Promise<string> {
  return `Hello ${name}`;
}
