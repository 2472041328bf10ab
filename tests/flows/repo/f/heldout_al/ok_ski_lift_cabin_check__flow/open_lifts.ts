export async function main(faults: number, checked: number) {
  return { open: faults === 0, checked };
}
