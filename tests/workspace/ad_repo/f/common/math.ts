// Numeric helpers, exported as one object for `import meterMath from ...`.
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function jitter(ms: number): number {
  return Math.floor(ms * (0.5 + Math.random()));
}

function litresToM3(l: number): number {
  return round2(l / 1000);
}

export default { round2, jitter, litresToM3 };
