/**
 * 32-bit FNV-1a of a string's UTF-16 code units, unsigned: a cheap fingerprint for keys and cache
 * versions (not a security measure; collisions are possible and must only cost a little).
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
