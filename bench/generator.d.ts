import type { EventData, EventStatus, InstitutionData, VenueData } from '@rcm/shared';
/** Bumped whenever the generated database changes (2: search indexes optimized after the load), so a cached one is not reused across versions. */
export declare const GENERATOR_VERSION = 2;
/** mulberry32: a small seeded PRNG, so every run generates the same calendar. */
export declare function seededRandom(seed: number): () => number;
export declare const RARE_WORD: {
    accented: string;
    plain: string;
};
export declare const COMMON_WORD: {
    accented: string;
    plain: string;
};
export interface GeneratedEvent {
    data: EventData;
    status: EventStatus;
}
/** The venues of the calendar: a few per city. */
export declare function generateVenues(): VenueData[];
export declare function generateInstitutions(): InstitutionData[];
/**
 * Event number `index` (0-based) of the calendar, the same on every run:
 * both languages (some English-only), nested objectives, venues (none when
 * virtual), institutions, contacts; about 60% published, dates spread from
 * 1996 to 2030, about 3% undated.
 */
export declare function generateEvent(index: number, venueIds: readonly number[], venueCities: ReadonlyMap<number, string>, institutionIds: readonly number[]): GeneratedEvent;
