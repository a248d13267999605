/**
 * Checks of the TLS material in the `tls` option, so that junk PEM is refused when the
 * options are parsed instead of failing every connection attempt. OpenSSL does the
 * parsing (through `node:crypto` and `node:tls`); nothing here touches the network.
 *
 * Messages never show the material: a private key is a secret, and certificates are long.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { InvalidError } from '../errors.js';

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
// PKCS#8 and traditional (OpenSSL) encrypted keys; grpc-js takes no passphrase.
const ENCRYPTED_KEY = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/;

function invalid(field: string, detail: string): InvalidError {
  return new InvalidError(field, `Invalid option "${field}": ${detail}`);
}

/**
 * Checks PEM certificates (a CA bundle or a certificate chain): at least one
 * `CERTIFICATE` block, and every block parses. Text between blocks (bundle comments) is
 * allowed, as OpenSSL allows it.
 *
 * @param pem - the material as given
 * @param field - the option, e.g. `tls.rootCerts`
 * @throws InvalidError naming `field` and which certificate is broken
 */
export function checkCertificates(pem: Buffer, field: string): void {
  const blocks = pem.toString('latin1').match(CERTIFICATE_BLOCK) ?? [];
  if (blocks.length === 0) {
    throw invalid(field, 'expected PEM certificates (-----BEGIN CERTIFICATE-----), got no certificate block');
  }
  blocks.forEach((block, index) => {
    try {
      new X509Certificate(block);
    } catch {
      throw invalid(field, `expected PEM certificates, but certificate ${index + 1} of ${blocks.length} does not parse`);
    }
  });
}

/**
 * Checks a PEM private key: unencrypted, and parseable. The message never shows the key,
 * nor OpenSSL's words about it.
 *
 * @param pem - the key as given
 * @param field - the option, `tls.privateKey`
 * @throws InvalidError naming `field`
 */
export function checkPrivateKey(pem: Buffer, field: string): void {
  if (ENCRYPTED_KEY.test(pem.toString('latin1'))) {
    throw invalid(field, 'expected an unencrypted PEM private key, got an encrypted one (grpc-js takes no passphrase; the key is not shown)');
  }
  try {
    createPrivateKey(pem);
  } catch {
    throw invalid(field, 'expected a PEM private key (-----BEGIN PRIVATE KEY-----), got one that does not parse (the key is not shown)');
  }
}

/**
 * Checks that a private key belongs to the first certificate of a chain, as TLS needs.
 *
 * @param privateKey - a key that passed {@link checkPrivateKey}
 * @param certChain - certificates that passed {@link checkCertificates}
 * @param field - the option, `tls`
 * @throws InvalidError naming `field`
 */
export function checkKeyPair(privateKey: Buffer, certChain: Buffer, field: string): void {
  try {
    createSecureContext({ key: privateKey, cert: certChain });
  } catch {
    throw invalid(field, '"privateKey" is not the key of the first certificate of "certChain"');
  }
}
