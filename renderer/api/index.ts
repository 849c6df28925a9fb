export { ApiCallError, createApiClient, type ApiClient, type Transport } from './client';
export { ApiProvider, useApi } from './context';
export { useApiList, useApiMutation, useApiQuery, useQuery, type ListMethod, type ListState, type QueryState } from './hooks';
export { detectTransport, electronTransport, httpTransport, offlineTransport, takeToken, TOKEN_KEY, type PreloadBridge } from './transports';
export { nativeDialog, type ChooseFolder } from './dialogs';
