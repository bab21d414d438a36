export * from "./herkomst";
export * from "./regelteksten";
export * from "./overzicht";
