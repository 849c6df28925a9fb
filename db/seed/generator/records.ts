// The records the generator keeps of what it has made, for the phases after (indexes into its arrays).
import type { MeetingStatus } from '../../../common/enums';

export interface AgencyRec {
  id: string;
  code: string;
  validFrom: string | null;
  validTo: string | null;
  /** The agency that took over when this one ended, if any. */
  successor: number | null;
  people: number[];
}

export interface BodyRec {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  kind: string;
  cadence: string;
  parentCode: string | null;
  startYear: number;
  seqOffset: number;
}

export interface PersonRec {
  id: string;
  agency: number;
  position: string;
  from: number;
  to: number;
}

export interface MeetingRec {
  id: string;
  body: BodyRec;
  start: string;
  end: string;
  status: MeetingStatus;
  main: boolean;
  sequence: number | null;
}

/** What the phases after the agencies and people need of them. */
export interface Staff {
  agencies: AgencyRec[];
  agenciesByYear: Map<number, number[]>;
  people: PersonRec[];
  /** Someone in post in a year (an index into people). */
  someoneIn: (year: number) => number;
}
