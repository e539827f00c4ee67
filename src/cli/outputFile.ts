import { promises as fs } from 'fs';
import * as path from 'path';
import { CliError, EXIT } from './cliError';
import { MSG, type Say } from './messages';
import { claimTemp, releaseTemp, removeStaleTemps } from './tempFiles';

const exists = (file: string): Promise<boolean> =>
  fs.access(file).then(
    () => true,
    () => false,
  );

/**
 * Checks, before any work is done, that `file` can be written: an .xlsx name, in a folder that
 * exists, not already taken unless `force`. (`writeNewFile` checks again when writing: the name
 * may be taken meanwhile.)
 */
export async function checkOutput(file: string, force: boolean): Promise<void> {
  if (path.extname(file).toLowerCase() !== '.xlsx') throw new CliError(MSG.outputNotXlsx(file), EXIT.usage);
  const dir = path.dirname(path.resolve(file));
  if (!force && (await exists(file))) throw new CliError(MSG.outputExists(file), EXIT.output);
  if (!(await exists(dir))) throw new CliError(MSG.outputFolderMissing(file, dir), EXIT.output);
}

/**
 * Writes a file so that a reader never sees half of it and an existing file is never replaced
 * unless `force`: the bytes go to a temporary file in the same folder, which is then hard-linked
 * to the name (fails if the name exists, even if it appeared a moment ago) or, with `force`,
 * renamed over it. Where hard links are not supported, the existence check and a rename are used.
 * The temporary file is removed on every exit path (see tempFiles).
 */
export async function writeNewFile(file: string, bytes: Uint8Array, force: boolean, say: Say): Promise<void> {
  await checkOutput(file, force);
  const target = path.resolve(file);
  removeStaleTemps(target);
  const taken = (): CliError => new CliError(MSG.outputExists(file), EXIT.output);
  const tmp = claimTemp(target, say);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
    if (force) {
      await fs.rename(tmp, file);
      return;
    }
    try {
      await fs.link(tmp, file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw taken();
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw e;
      if (await exists(file)) throw taken();
      await fs.rename(tmp, file);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(MSG.outputNotWritten(file, (e as Error).message), EXIT.output);
  } finally {
    await fs.rm(tmp, { force: true });
    releaseTemp(tmp);
  }
}
