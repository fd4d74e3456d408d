export const LICENCES_OUT: string;
export function dependencyClosure(root: string, names: string[]): { dir: string; pkg: { name: string; version: string } }[];
export function thirdPartyLicences(root: string): string;
export function writeThirdPartyLicences(root: string): string;
