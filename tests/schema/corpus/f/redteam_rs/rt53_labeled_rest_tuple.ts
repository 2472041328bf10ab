export async function main(...args: [a: string, b?: number]) {
  return args;
}
