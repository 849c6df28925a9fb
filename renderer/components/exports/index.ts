// Documents, exports and backups: drop-in components for the pages.
export { AnnualReportButton, proposedReportYear } from './AnnualReportButton';
export { BackupPanel, type BackupPanelProps } from './BackupPanel';
export { ExportButton, type ExportButtonProps, type ExportKindProp, type ExportTarget } from './ExportButton';
export { ExportDoneMessage, ExportFailedMessage, ExportProgress, notifyOutcome } from './ExportFeedback';
export { ExportLog, formatBytes, type ExportLogProps } from './ExportLog';
export { folderPathProblem, OtherFolderModal } from './OtherFolderModal';
export { failureFromError, isFolderProblem, useExportJob, type ExportFailure, type ExportJobHandle, type ExportJobState, type JobMethod, type JobResult, type SettledState } from './useExportJob';
