// Documents and exports to shared drives.
export const exportMethods = {};
