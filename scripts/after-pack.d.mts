// Types for scripts/after-pack.mjs (electron-builder's afterPack hook; used by the tests).
import type { FuseConfig } from '@electron/fuses';
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: {
    executableName?: string;
    appInfo: { productFilename: string };
    info: { projectDir: string };
    getResourcesDir(appOutDir: string): string;
  };
}
export class PackagingError extends Error {}
export function loadDeskFuses(projectDir: string): Promise<FuseConfig>;
export function electronBinary(context: PackContext): string;
export function fuseDifferences(wanted: object, wire: Record<string, unknown>): string[];
export function flipAndVerifyFuses(
  binary: string,
  fuses: object,
  options?: { resetAdHocDarwinSignature?: boolean; flip?: (binary: string, config: object) => Promise<unknown> },
): Promise<void>;
export function verifyPackedAddon(context: PackContext): { file: string; target: unknown };
export function afterPack(context: PackContext): Promise<void>;
export default afterPack;
