export async function main(line: number, errors: string[]) {
  return { status: "invalid", line, errors }
}
