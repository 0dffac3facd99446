/**
 * Vietnamese text as the platform stores and searches it: NFC for storage, and a folded key (no diacritics,
 * lower case, "đ" → "d") because the embedded Mongo server has neither {@code $text} nor collations, so
 * "dinh hoa" can only find "Định Hóa" through a stored folded copy.
 */
package vn.thidua.support.text;
