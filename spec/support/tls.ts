/**
 * A self-signed certificate for `localhost` and `127.0.0.1`, for specs of TLS connections.
 */
import { generate } from 'selfsigned';

/** The PEM certificate and private key. */
export interface SelfSigned {
  readonly cert: string;
  readonly private: string;
}

/** Makes a self-signed certificate valid for `localhost` and `127.0.0.1`. */
export function selfSignedLocalhost(): Promise<SelfSigned> {
  return generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
}
