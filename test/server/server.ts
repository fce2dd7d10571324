import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServeOptions } from '../../src/server/start.js';

/** A real workbench on an ephemeral loopback port with its own temporary store. */
export interface TestServer extends RunningServer {
  storePath: string;
  /** Stops the server and removes the store, unless `keep`. */
  stop(keep?: boolean): Promise<void>;
}

export async function startTestServer(options: ServeOptions = {}): Promise<TestServer> {
  const storePath = options.storePath ?? mkdtempSync(join(tmpdir(), 'dossier-serve-'));
  const server = await startServer({ port: 0, ...options, storePath });
  return {
    ...server,
    storePath,
    async stop(keep = false) {
      await server.close();
      if (!keep) rmSync(storePath, { recursive: true, force: true });
    },
  };
}

/** A short article of our own, with names, dates, a document number and quotes. */
export const ARTICLE = `Councillor accused of steering ferry contract to relative

Bergen, 14 February 2022 - Internal emails seen by the Fjord Courier show that councillor Ingrid Solheim pressed the harbour board to award a ferry maintenance contract worth NOK 31 million to Vestkyst Marine AS, a firm managed by her cousin Tor Aasen.

The emails, filed under reference BHB/2021-118, were sent between 3 and 9 November 2021. "The board was told there was only one qualified bidder," said Lars Myhre, a former procurement officer. Solheim did not answer requests for comment.

Sources close to the board say the tender was rushed. Aasen said in a statement that his company "won the contract fairly".
`;
