// The station's time zone, from the worker's configuration.
export default (): string => process.env.STATION_TZ ?? "Europe/Vienna";
