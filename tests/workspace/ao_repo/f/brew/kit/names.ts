// Step names of the taproom workflows.
export const lineStep = (line: string) => `line-${line}`;

export function pourStep(kind: "pour" | "clean"): string {
  return kind === "pour" ? "pour-log" : "line-clean";
}
