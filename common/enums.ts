// The vocabulary of the data model. A leaf module with no imports, so that both the database
// schema (CHECK constraints) and the API contract (zod enums) use the very same lists.

export const PILLAR_CODES = ['APSC', 'AEC', 'ASCC'] as const;

export const COUNTRY_KINDS = ['member', 'dialogue_partner', 'development_partner', 'observer', 'other'] as const;

export const BODY_KINDS = [
  'summit',
  'ministerial',
  'senior_officials',
  'working_group',
  'committee',
  'centre',
  'task_force',
  'dialogue',
  'conference_of_parties',
  'other',
] as const;

export const CADENCES = ['annual', 'biennial', 'triennial', 'twice_yearly', 'irregular'] as const;

export const AGENCY_KINDS = ['government', 'ministry', 'department', 'unit', 'office', 'centre', 'other'] as const;

export const SUCCESSION_KINDS = ['renamed', 'merged', 'split', 'absorbed'] as const;

export const LEGAL_BASIS_KINDS = ['resolution', 'decree', 'decision', 'circular', 'law', 'agreement', 'other'] as const;

export const FOCAL_ROLES = [
  'national_coordinator',
  'lead_agency',
  'focal_point',
  'coordinating_agency',
  'working_group_leader',
  'deputy',
  'alternate',
] as const;

export const MEETING_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const MEETING_STATUSES = ['planned', 'confirmed', 'held', 'cancelled'] as const;

export const DELEGATION_STATUSES = ['draft', 'decided', 'completed', 'reported', 'cancelled'] as const;
export const FUNDING_SOURCES = ['state_budget', 'partner', 'mixed', 'other'] as const;
/** Negotiating positions can be classified (Mật, Tối mật, Tuyệt mật) and must then stay off networked copies. */
export const CLASSIFICATIONS = ['none', 'confidential', 'secret', 'top_secret'] as const;

/** The highest of some markings ('none' when none is classified): what a file holding them carries. */
export function highestClassification(markings: Iterable<string | null | undefined>): (typeof CLASSIFICATIONS)[number] {
  let best = 0;
  for (const m of markings) best = Math.max(best, CLASSIFICATIONS.indexOf((m ?? 'none') as (typeof CLASSIFICATIONS)[number]));
  return CLASSIFICATIONS[best]!;
}
export const MEMBER_ROLES = ['head', 'deputy_head', 'member', 'secretary'] as const;

/** Visa of a delegation member for a trip. */
export const VISA_STATUSES = ['not_needed', 'to_apply', 'applied', 'granted', 'refused'] as const;

/** ASEAN documents ("văn kiện") Viet Nam comments on and approves. */
export const DOCUMENT_KINDS = ['declaration', 'joint_statement', 'action_plan', 'terms_of_reference', 'nomination', 'agreement', 'other'] as const;
/** Where an ASEAN document stands, in order: drafted, comments asked of Viet Nam, Viet Nam commented, agreed ad referendum, adopted. */
export const DOCUMENT_STATUSES = ['draft', 'comments_due', 'commented', 'agreed_ad_ref', 'adopted'] as const;
/** The domestic approval a document needs before it is adopted (a Government resolution such as 276/NQ-CP). */
export const APPROVAL_LEVELS = ['none', 'ministry', 'prime_minister', 'government'] as const;
/** Who a meeting's contact is: the host country's organisers, the ASEAN Secretariat, Viet Nam's embassy, someone else. */
export const CONTACT_KINDS = ['host', 'secretariat', 'embassy', 'other'] as const;

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'blocked', 'cancelled'] as const;
export const PRIORITIES = ['low', 'normal', 'high'] as const;

export const CHANGE_OPS = ['create', 'update', 'delete'] as const;
/**
 * Where a change came from when not from this laptop's officer: the reference data the app seeds,
 * the sample desk, or another laptop through the shared-drive exchange ('remote', with its replica).
 */
export const CHANGE_ORIGINS = ['reference', 'sample', 'remote'] as const;
/** The kinds of item in the exchange's conflicts inbox. */
export const EXCHANGE_CONFLICT_KINDS = ['field', 'deleted_edited', 'duplicate'] as const;
export type ExchangeConflictKind = (typeof EXCHANGE_CONFLICT_KINDS)[number];

/** Every entity the change log and the search index know, by its stable name. */
export const ENTITIES = [
  'country',
  'pillar',
  'body',
  'agency',
  'agency_succession',
  'person',
  'legal_basis',
  'focal_assignment',
  'meeting',
  'delegation',
  'delegation_member',
  'action_item',
  'action_update',
  'asean_document',
  'agenda_item',
  'meeting_contact',
] as const;

export const SEARCH_ENTITIES = ['meeting', 'person', 'agency', 'body', 'action_item'] as const;
/** Why a backup to a folder was full rather than only the changes (electron/services/backup.ts). */
export const BACKUP_FULL_REASONS = ['asked', 'first', 'schema', 'long', 'missing', 'changed', 'behind'] as const;
export type BackupFullReason = (typeof BACKUP_FULL_REASONS)[number];

export type PillarCode = (typeof PILLAR_CODES)[number];
export type CountryKind = (typeof COUNTRY_KINDS)[number];
export type BodyKind = (typeof BODY_KINDS)[number];
export type Cadence = (typeof CADENCES)[number];
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];
export type FocalRole = (typeof FOCAL_ROLES)[number];
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number];
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export type Classification = (typeof CLASSIFICATIONS)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type VisaStatus = (typeof VISA_STATUSES)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export type ApprovalLevel = (typeof APPROVAL_LEVELS)[number];
export type ContactKind = (typeof CONTACT_KINDS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type ChangeOp = (typeof CHANGE_OPS)[number];
export type ChangeOrigin = (typeof CHANGE_ORIGINS)[number];
export type EntityName = (typeof ENTITIES)[number];
export type SearchEntity = (typeof SEARCH_ENTITIES)[number];

/** The codes of the result envelope's errors. */
/** DUPLICATE: the record would repeat an existing one (common/duplicates.ts); the call may say the repeat is intended. */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'CONSTRAINT', 'DUPLICATE', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What an export produced (issue: documents and exports to shared drives). */
export const EXPORT_KINDS = ['briefing', 'post_trip_report', 'annual_report', 'tracker', 'csv', 'calendar', 'backup'] as const;
export const EXPORT_STATUSES = ['done', 'failed', 'cancelled'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportStatus = (typeof EXPORT_STATUSES)[number];
