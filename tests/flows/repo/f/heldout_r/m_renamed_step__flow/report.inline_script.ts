export async function main(merged: number, candidates: number) {
  return `${merged}/${candidates} merged`
}
