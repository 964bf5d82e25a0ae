import { stat } from 'node:fs/promises';

/**
 * Returns the message for an import path that names a folder, or null for anything else. A
 * missing or unreadable path is left to the file reader, which explains those cases.
 */
export async function folderProblem(typedPath: string, path: string): Promise<string | null> {
  try {
    if (!(await stat(path)).isDirectory()) return null;
  } catch {
    return null;
  }
  return `${typedPath} is a folder. Give the path of a CSV file.`;
}
