export { ApiCallError, createApiClient, type ApiClient, type Transport } from './client';
export { ApiProvider, createQueryClient, useApi, useRefresher, WatchChanges } from './context';
export { useApiAll, useApiList, useApiMutation, useCacheAnswer, useApiQuery, useQuery, type ApiQueryKey, type ListMethod, type ListState, type QueryOptions, type QueryState } from './hooks';
export { kindsShownBy, kindsWrittenBy, RECORD_KINDS, SHOWN_BY, WRITES, type RecordKind, type Refresher } from './refresh';
export { detectTransport, electronTransport, httpTransport, offlineTransport, takeToken, TOKEN_KEY, type PreloadBridge } from './transports';
export { nativeDialog, type ChooseFolder } from './dialogs';
