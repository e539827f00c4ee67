import { promises as fs } from 'fs';
import * as path from 'path';
import { CliError, EXIT } from './cliError';

const exists = (file: string): Promise<boolean> =>
  fs.access(file).then(
    () => true,
    () => false,
  );

/**
 * Writes a file so that a reader never sees half of it and an existing file is never replaced
 * unless `force`: the bytes go to a temporary file in the same folder, which is then hard-linked
 * to the name (fails if the name exists, even if it appeared a moment ago) or, with `force`,
 * renamed over it. Where hard links are not supported, the existence check and a rename are used.
 */
export async function writeNewFile(file: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const taken = (): CliError =>
    new CliError(
      `${file} already exists; not overwriting it. Use --force to replace it, or choose another --out.`,
      EXIT.output,
    );
  if (!force && (await exists(file))) throw taken();
  if (!(await exists(dir))) throw new CliError(`Cannot write ${file}: the folder ${dir} does not exist.`, EXIT.output);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
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
    throw new CliError(`Cannot write ${file}: ${(e as Error).message}`, EXIT.output);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
