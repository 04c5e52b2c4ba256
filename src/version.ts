// Part of every incremental-build key: bump it and every deck is rebuilt.
export const KAMDECK_VERSION = "0.1.0";
