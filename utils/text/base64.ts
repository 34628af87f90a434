/**
 * Base64 for the font bytes that travel from the background to the
 * full-page view. The native codecs (`Uint8Array.prototype.toBase64`,
 * `Uint8Array.fromBase64`: Chromium 140, Firefox 133) do it in one call;
 * the loops are for engines without them (jsdom, older browsers).
 */
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
interface NativeFromBase64 {
  fromBase64?: (base64: string) => Uint8Array;
}

/** Bytes as base64, in chunks (String.fromCharCode takes a limited number of arguments). */
export function toBase64(bytes: Uint8Array, native = true): string {
  const encode = (Uint8Array.prototype as NativeBase64).toBase64;
  if (native && encode) return encode.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 as bytes. */
export function fromBase64(base64: string, native = true): ArrayBuffer {
  const decode = (Uint8Array as unknown as NativeFromBase64).fromBase64;
  if (native && decode) {
    const bytes = decode(base64);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
