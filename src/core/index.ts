/** The pure, exact core of the Banenafspraak: no Office, no I/O. */
export * from "./decimaal";
export * from "./fouten";
export * from "./getal";
export * from "./regels";
export * from "./eenheden";
export * from "./doel";
export * from "./realisatie";
export * from "./inleen";
export * from "./verdeel";
export * from "./kwartaal";
export * from "./tabel1";
export * from "./controleer";
export * from "./tabel1-controle";
export * from "./gepubliceerd-controle";
export * from "./financiering";
