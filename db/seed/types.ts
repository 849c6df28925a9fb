// The shape of seed data (reference data and the opt-in sample dataset). Records refer to each
// other by `key`, a stable string unique within its list; the loader turns each key into a
// stable id (db/ids.ts stableId) so that every laptop seeded separately has the same ids.
import type {
  ActionStatus,
  AgencyKind,
  ApprovalLevel,
  ContactKind,
  DocumentKind,
  DocumentStatus,
  VisaStatus,
  BodyKind,
  Cadence,
  Classification,
  CountryKind,
  DelegationStatus,
  FocalRole,
  FundingSource,
  LegalBasisKind,
  MeetingFormat,
  MeetingStatus,
  MemberRole,
  PillarCode,
  Priority,
  SuccessionKind,
} from '../../common/enums';

/** 'YYYY-MM-DD' */
export type IsoDate = string;

export interface SeedPillar { key: string; code: PillarCode; nameVi: string; nameEn: string }
export interface SeedCountry {
  key: string; code: string; nameVi: string; nameEn: string; kind: CountryKind;
  memberFrom?: IsoDate; memberTo?: IsoDate; notes?: string;
}
export interface SeedLegalBasis {
  key: string; number: string; kind: LegalBasisKind; issuedOn: IsoDate; issuer: string;
  titleVi: string; titleEn?: string; inForceFrom?: IsoDate; inForceTo?: IsoDate; notes?: string;
}
export interface SeedAgency {
  key: string; code: string; nameVi: string; nameEn: string; abbreviation?: string; kind: AgencyKind;
  /** key of the parent agency (ministry → department) */
  parent?: string; validFrom?: IsoDate; validTo?: IsoDate; notes?: string;
}
export interface SeedSuccession {
  key: string; predecessor: string; successor: string; effectiveOn: IsoDate; kind: SuccessionKind;
  legalBasis?: string; notes?: string;
}
export interface SeedBody {
  key: string; code: string; nameVi: string; nameEn: string; pillar?: string; kind: BodyKind;
  parent?: string; partnerCountry?: string; cadence: Cadence; formerCodes?: string[]; notes?: string;
}
export interface SeedPerson {
  key: string; fullName: string; passportName?: string; position?: string; agency?: string;
  email?: string; phone?: string; passportExpiry?: IsoDate; notes?: string;
}
export interface SeedFocalAssignment {
  key: string; body: string; agency: string; person?: string; role: FocalRole; legalBasis?: string;
  validFrom: IsoDate; validTo?: IsoDate; notes?: string;
}
export interface SeedMeeting {
  key: string; body: string; sequence?: number; titleVi: string; titleEn: string;
  startDate: IsoDate; endDate: IsoDate; city?: string; hostCountry?: string;
  format: MeetingFormat; status: MeetingStatus; parent?: string; notes?: string;
  /** The previous meeting of the series (series memory). */
  previous?: string; outcomes?: string; outcomesEn?: string;
}
export interface SeedDelegationMember {
  person: string; role: MemberRole; agency?: string; position?: string; travelFrom?: IsoDate; travelTo?: IsoDate;
  flightOut?: string; flightBack?: string; hotel?: string; visaStatus?: VisaStatus; perDiemBasis?: string;
}
export interface SeedDelegation {
  key: string; meeting: string; decisionNumber?: string; decisionDate?: IsoDate; decisionSigner?: string;
  funding: FundingSource; fundingNote?: string; objectives?: string; positions?: string; objectivesEn?: string; positionsEn?: string;
  classification?: Classification; status: DelegationStatus; notes?: string;
  members: SeedDelegationMember[];
}
export interface SeedActionUpdate { date: IsoDate; note: string; statusAfter?: ActionStatus }
export interface SeedActionItem {
  key: string; title: string; description?: string; sourceMeeting?: string; sourceRef?: string;
  body?: string; leadAgency?: string; supportingAgencies?: string[]; ownerPerson?: string;
  dueDate?: IsoDate; status: ActionStatus; priority: Priority; completedOn?: IsoDate; completionNote?: string;
  updates?: SeedActionUpdate[];
}

export interface SeedDocument {
  key: string; kind: DocumentKind; titleVi: string; titleEn?: string; body?: string; meeting?: string; status: DocumentStatus;
  commentDeadline?: IsoDate; commentAgency?: string; commentPerson?: string; approvalLevel?: ApprovalLevel; approvalRef?: string;
  approvedOn?: IsoDate; summary?: string; summaryEn?: string; notes?: string;
}
export interface SeedAgendaItem {
  key: string; meeting: string; number: number; titleVi: string; titleEn?: string; leadAgency?: string;
  position?: string; positionEn?: string; talkingPoints?: string; talkingPointsEn?: string; documents?: string[]; notes?: string;
}
export interface SeedContact {
  key: string; meeting: string; kind: ContactKind; name: string; organisation?: string; email?: string; phone?: string; notes?: string;
}

/** Reference data: public facts, seeded into every database on first run. */
export interface ReferenceData {
  /** Bump when the data changes; the loader applies a newer version idempotently. */
  version: number;
  pillars: SeedPillar[];
  countries: SeedCountry[];
  legalBases: SeedLegalBasis[];
  agencies: SeedAgency[];
  agencySuccessions: SeedSuccession[];
  bodies: SeedBody[];
  focalAssignments: SeedFocalAssignment[];
}

/**
 * The opt-in sample dataset, built from the seed reports. It may refer to reference keys
 * (bodies, agencies, countries, legal bases) as well as to its own.
 */
export interface SampleData {
  version: number;
  people: SeedPerson[];
  agencies: SeedAgency[];
  focalAssignments: SeedFocalAssignment[];
  meetings: SeedMeeting[];
  delegations: SeedDelegation[];
  actionItems: SeedActionItem[];
  documents: SeedDocument[];
  agendaItems: SeedAgendaItem[];
  contacts: SeedContact[];
}
