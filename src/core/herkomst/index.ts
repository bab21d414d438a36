export * from "./herkomst";
export * from "./regelteksten";
