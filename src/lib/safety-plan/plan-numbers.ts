import type { ContactWay, HelpRegion, Helpline, SilentCall } from "../helplines";

/** What the plan's "numbers I need" shows for one country, all drawn from the helplines data. */
export interface CountryNumbers {
  /** The country's name, as the help page shows it. */
  country: string;
  /** The emergency number(s). */
  emergency: readonly ContactWay[];
  /** How to reach the emergency number without speaking, where the police publish one. */
  silentCall?: { silentCall: SilentCall; way: ContactWay };
  /** The specialist helplines, in the help page's order. */
  helplines: readonly Helpline[];
  /** Anything true of the whole country's services. */
  note?: string;
}

/** The countries the reader can choose from: id and name, in the help page's order. */
export function countryChoices(regions: readonly HelpRegion[]): { id: string; name: string }[] {
  return regions.map(({ id, name }) => ({ id, name }));
}

/** The emergency number, silent-call option and helplines for one country, or undefined for an unknown id. */
export function numbersForCountry(regions: readonly HelpRegion[], id: string): CountryNumbers | undefined {
  const region = regions.find((candidate) => candidate.id === id);
  if (!region) return undefined;
  const way = region.emergency.ways[0];
  return {
    country: region.name,
    emergency: region.emergency.ways,
    ...(region.silentCall && way ? { silentCall: { silentCall: region.silentCall, way } } : {}),
    helplines: region.helplines,
    ...(region.note ? { note: region.note } : {}),
  };
}
