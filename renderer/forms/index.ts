// The shared form infrastructure. Pages render the `modal` of useUnsavedChangesGuard and
// useDeleteWithUndo once (there is no global modal manager in the app).
export { ConflictNotice, SaveProblems } from './ConflictNotice';
export { EditForm, useVersionReload } from './EditForm';
export { DateField, type DateFieldProps } from './DateField';
export { isIsoDay, readDateText, type DateText } from './dateText';
export { EntitySelect, ENTITY_SEARCH_DEBOUNCE_MS, type EntityItem, type EntityPrefix, type EntitySelectProps } from './EntitySelect';
export { EntityMultiSelect, type EntityMultiSelectProps } from './EntityMultiSelect';
export { FieldIssueText } from './FieldIssueText';
export { agencySearchText, optionSearchText, pickerFilter, type PickerOption } from './pickerFilter';
export { emptyToNull } from './issues';
export { UNDO_MS, useDeleteWithUndo, type DeletablePrefix, type DeleteRequest, type DeleteWithUndo } from './useDeleteWithUndo';
export { useEntityForm, type EntityForm, type EntityFormOptions } from './useEntityForm';
export { useUnsavedChangesGuard, type UnsavedChangesGuard } from './useUnsavedChangesGuard';
export { useConflictReload } from './useConflictReload';
export { useDuplicateConfirm, type DuplicateConfirm } from './useDuplicateConfirm';
