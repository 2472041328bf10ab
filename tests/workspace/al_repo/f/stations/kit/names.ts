// Step names for the station workflows.
export const boardStep = (station: string): string => `board-${station.toLowerCase()}`;

export const stamped = (label: string): string => `${label}-${Date.now()}`;

export const BOARD_STEP = "board";
