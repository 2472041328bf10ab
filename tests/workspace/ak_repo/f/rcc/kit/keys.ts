export const key = (kind: string) => `train-${kind}`;
